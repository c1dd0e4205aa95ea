import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `case_sources.case_id` references `cases.id` (ON DELETE CASCADE): a deleted case stops being
 * followed on CourtListener. Sources whose case no longer exists (orphans left by cases deleted before
 * this key existed) are deleted first, with their RECAP documents still pending: they could only
 * fail their syncs, and the key could not be added over them.
 */
export class CaseSourcesCaseFk1796900050000 implements MigrationInterface {
  name = 'CaseSourcesCaseFk1796900050000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM "courtlistener_documents" d WHERE d."status" = 'pending' AND NOT EXISTS (SELECT 1 FROM "cases" c WHERE c."id" = d."case_id")`,
    );
    await queryRunner.query(
      'DELETE FROM "case_sources" s WHERE NOT EXISTS (SELECT 1 FROM "cases" c WHERE c."id" = s."case_id")',
    );
    await queryRunner.query(
      'ALTER TABLE "case_sources" ADD CONSTRAINT "FK_add32e45445b9bbc7e31298107c" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_sources" DROP CONSTRAINT "FK_add32e45445b9bbc7e31298107c"');
  }
}
