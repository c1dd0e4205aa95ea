import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Claims and stages (issue 18): each claim of a case as a row with its code, heading, statutes,
 * source and status, every status change with its source; each case's derived stage with the
 * docket entry or event that set it.
 */
export class ClaimsAndStages1796600000000 implements MigrationInterface {
  name = 'ClaimsAndStages1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_claims" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "natural_key" text NOT NULL, "code" text NOT NULL, "heading" text NOT NULL, "label" text, "ordinal" integer, "statutes" text array NOT NULL DEFAULT '{}', "document_id" uuid, "entry_number" integer, "page" integer, "source_url" text, "status" text NOT NULL DEFAULT 'pending', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_case_claims" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "case_claims_natural_key" ON "case_claims" ("case_id", "natural_key") ',
    );
    await queryRunner.query('CREATE INDEX "case_claims_code" ON "case_claims" ("code", "status") ');
    await queryRunner.query(
      `CREATE TABLE "case_claim_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "claim_id" uuid NOT NULL, "from_status" text, "status" text NOT NULL, "decided_on" date, "document_id" uuid, "entry_number" integer, "page" integer, "source_url" text, "note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_case_claim_status_changes" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "case_claim_status_changes_claim" ON "case_claim_status_changes" ("claim_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "case_claims" ADD CONSTRAINT "FK_086e4d66985618ec2f6d2a0aa57" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_claim_status_changes" ADD CONSTRAINT "FK_3adcf42a1f1f801f8704419cf76" FOREIGN KEY ("claim_id") REFERENCES "case_claims"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query('ALTER TABLE "cases" ADD "stage" text NOT NULL DEFAULT \'pleadings\'');
    await queryRunner.query('ALTER TABLE "cases" ADD "stage_source" jsonb');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "stage_source"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "stage"');
    await queryRunner.query('DROP TABLE "case_claim_status_changes"');
    await queryRunner.query('DROP TABLE "case_claims"');
  }
}
