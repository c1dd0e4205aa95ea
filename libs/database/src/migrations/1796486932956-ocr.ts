import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * OCR (issue 16): each page says where its text came from (`text-layer` or `ocr`), OCR's mean
 * confidence and, per page, the OCR state and failure reason; each document its OCR progress.
 * Existing pages are text-layer pages; the partial index finds the pages still waiting for OCR.
 */
export class Ocr1796486932956 implements MigrationInterface {
  name = 'Ocr1796486932956';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "documents" ADD "ocr_status" text');
    await queryRunner.query('ALTER TABLE "documents" ADD "ocr_pages_total" integer');
    await queryRunner.query('ALTER TABLE "documents" ADD "ocr_pages_done" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "documents" ADD "ocr_pages_failed" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "documents" ADD "ocr_pages_skipped" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query('ALTER TABLE "documents" ADD "ocr_completed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "pages" ADD "text_source" text NOT NULL DEFAULT \'text-layer\'');
    await queryRunner.query('ALTER TABLE "pages" ADD "ocr_confidence" real');
    await queryRunner.query('ALTER TABLE "pages" ADD "ocr_status" text');
    await queryRunner.query('ALTER TABLE "pages" ADD "ocr_failure_code" text');
    await queryRunner.query('ALTER TABLE "pages" ADD "ocr_failure_message" text');
    await queryRunner.query(
      'CREATE INDEX "pages_ocr_pending" ON "pages" ("document_id") WHERE "ocr_status" = \'pending\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."pages_ocr_pending"');
    await queryRunner.query('ALTER TABLE "pages" DROP COLUMN "ocr_failure_message"');
    await queryRunner.query('ALTER TABLE "pages" DROP COLUMN "ocr_failure_code"');
    await queryRunner.query('ALTER TABLE "pages" DROP COLUMN "ocr_status"');
    await queryRunner.query('ALTER TABLE "pages" DROP COLUMN "ocr_confidence"');
    await queryRunner.query('ALTER TABLE "pages" DROP COLUMN "text_source"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "ocr_completed_at"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "ocr_pages_skipped"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "ocr_pages_failed"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "ocr_pages_done"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "ocr_pages_total"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "ocr_status"');
  }
}
