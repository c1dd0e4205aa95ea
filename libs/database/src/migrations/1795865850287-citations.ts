import { MigrationInterface, QueryRunner } from 'typeorm';

export class Citations1795865850287 implements MigrationInterface {
  name = 'Citations1795865850287';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "citations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_kind" text NOT NULL, "source_id" uuid NOT NULL, "source_case_id" uuid, "page" integer, "span_start" integer NOT NULL, "span_end" integer NOT NULL, "type" text NOT NULL, "key" text NOT NULL, "matched_text" text NOT NULL, "fields" jsonb NOT NULL DEFAULT \'{}\', "resolved_case_id" uuid, "resolved_tos_clause_key" text, "resolved_tos_version_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3ac0e933616c270f79f04cfc9fc" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "citations_source_case" ON "citations"  ("source_case_id") WHERE "source_case_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "citations_resolved_case" ON "citations"  ("resolved_case_id") WHERE "resolved_case_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "citations_key" ON "citations"  ("key", "source_kind", "source_id", "page") ',
    );
    await queryRunner.query(
      'CREATE INDEX "citations_source" ON "citations"  ("source_kind", "source_id", "span_start") ',
    );
    await queryRunner.query(
      'ALTER TABLE "citations" ADD CONSTRAINT "FK_24540ae19b6d44be59b679b819e" FOREIGN KEY ("source_case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "citations" ADD CONSTRAINT "FK_830dd09a79e74d4d25e21442027" FOREIGN KEY ("resolved_case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "citations" DROP CONSTRAINT "FK_830dd09a79e74d4d25e21442027"');
    await queryRunner.query('ALTER TABLE "citations" DROP CONSTRAINT "FK_24540ae19b6d44be59b679b819e"');
    await queryRunner.query('DROP INDEX "public"."citations_source"');
    await queryRunner.query('DROP INDEX "public"."citations_key"');
    await queryRunner.query('DROP INDEX "public"."citations_resolved_case"');
    await queryRunner.query('DROP INDEX "public"."citations_source_case"');
    await queryRunner.query('DROP TABLE "citations"');
  }
}
