import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Motions and rulings (issue 18): each order, opinion or minute entry that decides a motion it names
 * by number is linked to that motion's entry (null until the motion's entry is on the docket), with
 * the disposition and the words of the docket text the link was read from.
 */
export class MotionRulings1796500000000 implements MigrationInterface {
  name = 'MotionRulings1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "motion_rulings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "ruling_entry_id" uuid NOT NULL, "motion_number" integer NOT NULL, "motion_entry_id" uuid, "disposition" text NOT NULL, "span" text NOT NULL, "span_start" integer NOT NULL, "span_end" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dd3288fc8c4b78a43fbf233c0cb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "motion_rulings_motion_entry" ON "motion_rulings"  ("motion_entry_id") WHERE "motion_entry_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "motion_rulings_case_number" ON "motion_rulings"  ("case_id", "motion_number") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "motion_rulings_unique" ON "motion_rulings"  ("ruling_entry_id", "motion_number", "disposition") ',
    );
    await queryRunner.query(
      'ALTER TABLE "motion_rulings" ADD CONSTRAINT "FK_3a27fc21cc2e6040705fdf71222" FOREIGN KEY ("ruling_entry_id") REFERENCES "docket_entries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "motion_rulings" ADD CONSTRAINT "FK_6f06fb75ef552d2f8ce8ba80f7f" FOREIGN KEY ("motion_entry_id") REFERENCES "docket_entries"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "motion_rulings" DROP CONSTRAINT "FK_6f06fb75ef552d2f8ce8ba80f7f"');
    await queryRunner.query('ALTER TABLE "motion_rulings" DROP CONSTRAINT "FK_3a27fc21cc2e6040705fdf71222"');
    await queryRunner.query('DROP INDEX "public"."motion_rulings_unique"');
    await queryRunner.query('DROP INDEX "public"."motion_rulings_case_number"');
    await queryRunner.query('DROP INDEX "public"."motion_rulings_motion_entry"');
    await queryRunner.query('DROP TABLE "motion_rulings"');
  }
}
