import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795864115449 implements MigrationInterface {
  name = 'Initial1795864115449';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "scope" text NOT NULL, "prefix" text NOT NULL, "hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "api_keys_hash_unique" ON "api_keys"  ("hash") ');
    await queryRunner.query(
      'CREATE TABLE "courts" ("id" text NOT NULL, "name" text NOT NULL, "short_name" text NOT NULL, "country" text NOT NULL, "level" text NOT NULL, CONSTRAINT "PK_948a5d356c3083f3237ecbf9897" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "case_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "date" date, "date_note" text, "type" text NOT NULL, "natural_key" text NOT NULL, "title" text NOT NULL, "summary" text, "source_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "case_events_natural_key" ON "case_events"  ("case_id", "natural_key") ',
    );
    await queryRunner.query('CREATE INDEX "case_events_case_date" ON "case_events"  ("case_id", "date") ');
    await queryRunner.query(
      'CREATE TABLE "judges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "normalized_name" text NOT NULL, CONSTRAINT "PK_9122e48b7226535e00d328efeed" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "judges_normalized_name_unique" ON "judges"  ("normalized_name") ');
    await queryRunner.query(
      'CREATE TABLE "case_judges" ("case_id" uuid NOT NULL, "judge_id" uuid NOT NULL, "role" text NOT NULL, "title" text, CONSTRAINT "PK_f8c439d04daa2de3197b5b4dd4f" PRIMARY KEY ("case_id", "judge_id", "role"))',
    );
    await queryRunner.query(
      'CREATE TABLE "parties" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "normalized_name" text NOT NULL, CONSTRAINT "PK_da698299dca60d55f0050dde935" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "parties_normalized_name_unique" ON "parties"  ("normalized_name") ');
    await queryRunner.query(
      'CREATE TABLE "case_parties" ("case_id" uuid NOT NULL, "party_id" uuid NOT NULL, "role" text NOT NULL, "role_as_written" text, "attorneys" jsonb NOT NULL DEFAULT \'[]\', "terminated_on" date, CONSTRAINT "PK_f671f88f664375f11a95f761ae2" PRIMARY KEY ("case_id", "party_id", "role"))',
    );
    await queryRunner.query(
      'CREATE TABLE "case_relations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_case_id" uuid NOT NULL, "to_case_id" uuid NOT NULL, "type" text NOT NULL, "note" text, "source_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4588968e8d795d5935c12d26c45" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_relations_to_case" ON "case_relations"  ("to_case_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "case_relations_unique" ON "case_relations"  ("from_case_id", "to_case_id", "type") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "caption" text NOT NULL, "short_name" text NOT NULL, "court_id" text NOT NULL, "docket_number" text, "docket_number_as_written" text, "judge_initials" text, "other_docket_numbers" jsonb NOT NULL DEFAULT \'[]\', "filed_on" date, "terminated_on" date, "status" text NOT NULL DEFAULT \'pending\', "status_note" text, "nature_of_suit" text, "cause" text, "jury_demand" text, "jurisdiction" text, "claims" text array NOT NULL DEFAULT \'{}\', "reported_citations" text array NOT NULL DEFAULT \'{}\', "sources" jsonb NOT NULL DEFAULT \'[]\', "notes" text, "court_listener_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "cases_slug_unique" ON "cases"  ("slug") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "cases_court_docket_unique" ON "cases"  ("court_id", "docket_number") WHERE "docket_number" IS NOT NULL',
    );
    await queryRunner.query(
      'ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_judges" ADD CONSTRAINT "FK_bc4b836faee16fecedb122ed078" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_judges" ADD CONSTRAINT "FK_ff4e78ef943ce2b639d6aba67ad" FOREIGN KEY ("judge_id") REFERENCES "judges"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_parties" ADD CONSTRAINT "FK_1d74697ed0b9ad0fccd160d273a" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_parties" ADD CONSTRAINT "FK_1a073c91b42e502d1de442f8da0" FOREIGN KEY ("party_id") REFERENCES "parties"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_relations" ADD CONSTRAINT "FK_02f864a9222a7e7b8704fc330f7" FOREIGN KEY ("from_case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_relations" ADD CONSTRAINT "FK_d4efb6caa4f29d1b3607962553e" FOREIGN KEY ("to_case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_ce497602239da17967965595644" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Trigram indexes for the case list's `q` and `party` filters (ILIKE '%word%'); not expressible in entities.
    await queryRunner.query('CREATE INDEX "cases_caption_trgm" ON "cases" USING gin ("caption" gin_trgm_ops)');
    await queryRunner.query('CREATE INDEX "parties_name_trgm" ON "parties" USING gin ("name" gin_trgm_ops)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX IF EXISTS "parties_name_trgm"');
    await queryRunner.query('DROP INDEX IF EXISTS "cases_caption_trgm"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_ce497602239da17967965595644"');
    await queryRunner.query('ALTER TABLE "case_relations" DROP CONSTRAINT "FK_d4efb6caa4f29d1b3607962553e"');
    await queryRunner.query('ALTER TABLE "case_relations" DROP CONSTRAINT "FK_02f864a9222a7e7b8704fc330f7"');
    await queryRunner.query('ALTER TABLE "case_parties" DROP CONSTRAINT "FK_1a073c91b42e502d1de442f8da0"');
    await queryRunner.query('ALTER TABLE "case_parties" DROP CONSTRAINT "FK_1d74697ed0b9ad0fccd160d273a"');
    await queryRunner.query('ALTER TABLE "case_judges" DROP CONSTRAINT "FK_ff4e78ef943ce2b639d6aba67ad"');
    await queryRunner.query('ALTER TABLE "case_judges" DROP CONSTRAINT "FK_bc4b836faee16fecedb122ed078"');
    await queryRunner.query('ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"');
    await queryRunner.query('DROP INDEX "public"."cases_court_docket_unique"');
    await queryRunner.query('DROP INDEX "public"."cases_slug_unique"');
    await queryRunner.query('DROP TABLE "cases"');
    await queryRunner.query('DROP INDEX "public"."case_relations_unique"');
    await queryRunner.query('DROP INDEX "public"."case_relations_to_case"');
    await queryRunner.query('DROP TABLE "case_relations"');
    await queryRunner.query('DROP TABLE "case_parties"');
    await queryRunner.query('DROP INDEX "public"."parties_normalized_name_unique"');
    await queryRunner.query('DROP TABLE "parties"');
    await queryRunner.query('DROP TABLE "case_judges"');
    await queryRunner.query('DROP INDEX "public"."judges_normalized_name_unique"');
    await queryRunner.query('DROP TABLE "judges"');
    await queryRunner.query('DROP INDEX "public"."case_events_case_date"');
    await queryRunner.query('DROP INDEX "public"."case_events_natural_key"');
    await queryRunner.query('DROP TABLE "case_events"');
    await queryRunner.query('DROP TABLE "courts"');
    await queryRunner.query('DROP INDEX "public"."api_keys_hash_unique"');
    await queryRunner.query('DROP TABLE "api_keys"');
  }
}
