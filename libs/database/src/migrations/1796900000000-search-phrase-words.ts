import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A quoted phrase that holds English stop words must match word for word, and the English `tsv`
 * has no stop words. It was checked with a regular expression over the page text, which read and
 * decompressed the (out-of-line) text of every candidate page: 170 of 280 ms for a phrase on 6,420
 * of 100,000 pages. `phrase_words` keeps every word of the title, case name and text with its
 * position, stop words included, lower-cased and unstemmed (the `simple` configuration), in the
 * row like `tsv`, so the check is a tsvector phrase match on data the scan already holds. A word is
 * a run of letters and digits; everything else separates words (the search applies the same rule
 * to the phrase).
 */
export class SearchPhraseWords1796900000000 implements MigrationInterface {
  name = 'SearchPhraseWords1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The title and case name come first, as in `tsv`, so that a phrase of a title matches too. The
    // characters with which the parser joins words into one token are made spaces first (cheaper
    // than a regular expression), so words are runs of letters and digits; libs/search applies the
    // same characters to the phrase (`phraseWordsText`).
    const joined = `coalesce("document_title", '') || ' ' || coalesce("case_name", '') || ' ' || "text"`;
    const words = ['-', '.', '/', '@', ':', '<', '&'].reduce((sql, c) => `replace(${sql}, '${c}', ' ')`, joined);
    await queryRunner.query(`ALTER TABLE "search_documents" ADD COLUMN "phrase_words" tsvector
      GENERATED ALWAYS AS (to_tsvector('simple', ${words})) STORED`);
    await queryRunner.query('ALTER TABLE "search_documents" ALTER COLUMN "phrase_words" SET STORAGE MAIN');
    const lz4 = (await queryRunner.query(
      `SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)`,
    )) as unknown[];
    if (lz4.length > 0)
      await queryRunner.query('ALTER TABLE "search_documents" ALTER COLUMN "phrase_words" SET COMPRESSION lz4');
    // Rows written before the storage change are written anew in the new layout.
    await queryRunner.query('UPDATE "search_documents" SET "id" = "id"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "search_documents" DROP COLUMN "phrase_words"');
  }
}
