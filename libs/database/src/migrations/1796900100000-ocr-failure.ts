import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a document's OCR failed after its pages were read (`ocr_status = 'failed'`): the citations
 * step after the last page failed for good, instead of leaving the document `running`.
 */
export class OcrFailure1796900100000 implements MigrationInterface {
  name = 'OcrFailure1796900100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "documents" ADD "ocr_failure_code" text');
    await queryRunner.query('ALTER TABLE "documents" ADD "ocr_failure_message" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "ocr_failure_message"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "ocr_failure_code"');
  }
}
