import { MigrationInterface, QueryRunner } from 'typeorm';

/** Hearings and deadlines derived from docket entries, one row per hearing kept across resets (docs/decisions/0011). */
export class CaseHearings1796700000000 implements MigrationInterface {
  name = 'CaseHearings1796700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "case_hearings" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "natural_key" text NOT NULL, "kind" text NOT NULL, "what" text NOT NULL, "label" text NOT NULL, "status" text NOT NULL, "date" date, "time" text, "time_zone" text, "set_by_entry_id" uuid NOT NULL, "last_changed_by_entry_id" uuid NOT NULL, "sequence" integer NOT NULL DEFAULT \'0\', "history" jsonb NOT NULL DEFAULT \'[]\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_096f5edc7e64015932ec3f1d0b1" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_hearings_case_date" ON "case_hearings"  ("case_id", "date") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "case_hearings_natural_key" ON "case_hearings"  ("case_id", "natural_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_hearings" ADD CONSTRAINT "FK_e0a9da6ec5dbaccbceaef781893" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_hearings" DROP CONSTRAINT "FK_e0a9da6ec5dbaccbceaef781893"');
    await queryRunner.query('DROP INDEX "public"."case_hearings_natural_key"');
    await queryRunner.query('DROP INDEX "public"."case_hearings_case_date"');
    await queryRunner.query('DROP TABLE "case_hearings"');
  }
}
