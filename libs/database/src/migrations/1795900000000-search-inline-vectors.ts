import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ranking and phrase checks read the `tsv` of every matching page. Stored out of line (TOAST), each
 * read costs an index lookup and chunk fetches in a second table: a common word matching 30,000 of
 * 100,000 pages spent most of its time there. `tsv` is now kept in the row (STORAGE MAIN: compressed,
 * moved out only when a row cannot fit a page) and compressed with lz4 where the server supports it
 * (faster to decompress than pglz). The body text stays out of line: only the shown hits read it.
 * Existing rows are rewritten so that they take the new layout.
 */
export class SearchInlineVectors1795900000000 implements MigrationInterface {
  name = 'SearchInlineVectors1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "search_documents" ALTER COLUMN "tsv" SET STORAGE MAIN');
    if (await supportsLz4(queryRunner)) {
      await queryRunner.query('ALTER TABLE "search_documents" ALTER COLUMN "tsv" SET COMPRESSION lz4');
    }
    // A stored generated column is recomputed on update, so each row is written anew in the new layout.
    await queryRunner.query('UPDATE "search_documents" SET "id" = "id"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "search_documents" ALTER COLUMN "tsv" SET STORAGE EXTENDED');
    await queryRunner.query('ALTER TABLE "search_documents" ALTER COLUMN "tsv" SET COMPRESSION DEFAULT');
  }
}

async function supportsLz4(queryRunner: QueryRunner): Promise<boolean> {
  const rows = (await queryRunner.query(
    `SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)`,
  )) as unknown[];
  return rows.length > 0;
}
