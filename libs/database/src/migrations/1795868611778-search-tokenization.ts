import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * PostgreSQL's parser keeps e-mail addresses and host names whole ("wfreeman@aclunc.org"), so a
 * search for "aclunc" found nothing. The body text is now split at "@" and before common top-level
 * domains first, as Meilisearch's tokenizer does.
 */
export class SearchTokenization1795868611778 implements MigrationInterface {
  name = 'SearchTokenization1795868611778';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX IF EXISTS "search_documents_tsv"');
    await queryRunner.query('ALTER TABLE "search_documents" DROP COLUMN "tsv"');
    await queryRunner.query(`ALTER TABLE "search_documents" ADD COLUMN "tsv" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce("document_title", '') || ' ' || coalesce("case_name", '')), 'A') ||
      setweight(to_tsvector('english', coalesce("docket_number", '') || ' ' || "names_text"), 'B') ||
      setweight(to_tsvector('english', regexp_replace(regexp_replace(regexp_replace("text", '([[:alnum:]])@([[:alnum:]])', '\\1 \\2', 'g'),
        '([[:alnum:]])\\.(com|org|net|gov|edu|io|ai|uk|us)\\M', '\\1 \\2', 'gi'), '\\mwww\\.', 'www ', 'gi')), 'C')
    ) STORED`);
    await queryRunner.query('CREATE INDEX "search_documents_tsv" ON "search_documents" USING gin ("tsv")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX IF EXISTS "search_documents_tsv"');
    await queryRunner.query('ALTER TABLE "search_documents" DROP COLUMN "tsv"');
    await queryRunner.query(`ALTER TABLE "search_documents" ADD COLUMN "tsv" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce("document_title", '') || ' ' || coalesce("case_name", '')), 'A') ||
      setweight(to_tsvector('english', coalesce("docket_number", '') || ' ' || "names_text"), 'B') ||
      setweight(to_tsvector('english', "text"), 'C')
    ) STORED`);
    await queryRunner.query('CREATE INDEX "search_documents_tsv" ON "search_documents" USING gin ("tsv")');
  }
}
