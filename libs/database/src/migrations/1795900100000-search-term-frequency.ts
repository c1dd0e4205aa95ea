import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Misspelling correction picked the most similar indexed word, and the vocabulary holds the
 * fragments of words broken across lines ("copyri" from "copyri- ght"), which can be a hair more
 * similar to a typo than the real word. Each word now counts the pages it was indexed from, so
 * correction can prefer words the index actually uses; existing words start at one page.
 * Maintaining the vocabulary on every indexing call cost as much as the indexing itself, so indexed
 * pages are queued in `search_terms_pending` and folded in by batches.
 */
export class SearchTermFrequency1795900100000 implements MigrationInterface {
  name = 'SearchTermFrequency1795900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "search_terms" ADD COLUMN "pages" integer NOT NULL DEFAULT 1');
    await queryRunner.query('CREATE TABLE "search_terms_pending" ("id" text PRIMARY KEY)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "search_terms_pending"');
    await queryRunner.query('ALTER TABLE "search_terms" DROP COLUMN "pages"');
  }
}
