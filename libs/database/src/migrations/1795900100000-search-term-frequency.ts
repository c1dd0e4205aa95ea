import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Misspelling correction picked the most similar indexed word, and the vocabulary holds the
 * fragments of words broken across lines ("copyri" from "copyri- ght"), which can be a hair more
 * similar to a typo than the real word. Each word now counts the pages it was indexed from, so
 * correction can prefer words the index actually uses. Existing words start at one page.
 */
export class SearchTermFrequency1795900100000 implements MigrationInterface {
  name = 'SearchTermFrequency1795900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "search_terms" ADD COLUMN "pages" integer NOT NULL DEFAULT 1');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "search_terms" DROP COLUMN "pages"');
  }
}
