import { MigrationInterface, QueryRunner } from 'typeorm';

export class TermsOfService1795869370302 implements MigrationInterface {
  name = 'TermsOfService1795869370302';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "tos_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_id" uuid NOT NULL, "type" text NOT NULL, "slug" text NOT NULL, "source_urls" text array NOT NULL DEFAULT \'{}\', "predecessor_id" uuid, "predecessor_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a74156f905416bf2ac631b32893" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "tos_documents_predecessor" ON "tos_documents"  ("predecessor_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tos_documents_service_slug_unique" ON "tos_documents"  ("service_id", "slug") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tos_services" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "slug" text NOT NULL, "provider" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_bf09d9154e308d091c87cc58cde" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "tos_services_name_unique" ON "tos_services"  ("name") ');
    await queryRunner.query('CREATE UNIQUE INDEX "tos_services_slug_unique" ON "tos_services"  ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "tos_snapshots" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "sequence" integer NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "origin" text NOT NULL, "outcome" text NOT NULL, "detail" text, "version_id" uuid, "sha256" text NOT NULL, "stage_hashes" text array NOT NULL, "source_url" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d6615b784f2d4f86e88b0e87792" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tos_snapshots_natural_key" ON "tos_snapshots"  ("document_id", "recorded_at", "sha256") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tos_snapshots_document_sequence_unique" ON "tos_snapshots"  ("document_id", "sequence") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tos_sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "url" text NOT NULL, "interval_seconds" integer, "next_check_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_checked_at" TIMESTAMP WITH TIME ZONE, "last_status" text, "last_message" text, "last_http_status" integer, "consecutive_failures" integer NOT NULL DEFAULT \'0\', "etag" text, "last_modified" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a04d13d819bee71da20e3d1dff5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "tos_sources_next_check" ON "tos_sources"  ("next_check_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tos_sources_document_url_unique" ON "tos_sources"  ("document_id", "url") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tos_changes" ("to_version_id" uuid NOT NULL, "clause_key" text NOT NULL, "from_version_id" uuid, "kind" text NOT NULL, "ordinal" integer NOT NULL, "word_diff" jsonb, CONSTRAINT "PK_71327407a92d2442a8ff21528c5" PRIMARY KEY ("to_version_id", "clause_key"))',
    );
    await queryRunner.query('CREATE INDEX "tos_changes_clause_key" ON "tos_changes"  ("clause_key") ');
    await queryRunner.query(
      'CREATE TABLE "tos_clauses" ("version_id" uuid NOT NULL, "key" text NOT NULL, "ordinal" integer NOT NULL, "kind" text NOT NULL, "level" smallint, "label" text, "heading_path" text array NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_17faa0f95c65652a0758fb7c861" PRIMARY KEY ("version_id", "key"))',
    );
    await queryRunner.query('CREATE INDEX "tos_clauses_key" ON "tos_clauses"  ("key", "version_id") ');
    await queryRunner.query(
      'CREATE TABLE "tos_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "sequence" integer NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL, "effective_date" date, "kind" text NOT NULL, "markdown" text NOT NULL, "sha256" text NOT NULL, "source_url" text, "previous_version_id" uuid, "clause_count" integer NOT NULL, "change_counts" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_19a1a115b724729cbb5f5636a33" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tos_versions_document_recorded" ON "tos_versions"  ("document_id", "recorded_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tos_versions_document_sequence_unique" ON "tos_versions"  ("document_id", "sequence") ',
    );
    await queryRunner.query(
      'ALTER TABLE "tos_documents" ADD CONSTRAINT "FK_b02758ba5a61e25a370aaaa4abd" FOREIGN KEY ("service_id") REFERENCES "tos_services"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tos_documents" ADD CONSTRAINT "FK_a99dd199963fbea68ec4f4f090b" FOREIGN KEY ("predecessor_id") REFERENCES "tos_documents"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tos_snapshots" ADD CONSTRAINT "FK_c4c9c7af61a97d1998bdbe0d3aa" FOREIGN KEY ("document_id") REFERENCES "tos_documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tos_sources" ADD CONSTRAINT "FK_75d30e15603b62eec637b3549cd" FOREIGN KEY ("document_id") REFERENCES "tos_documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tos_changes" ADD CONSTRAINT "FK_5a998f4e0bff85b92f9de732854" FOREIGN KEY ("to_version_id") REFERENCES "tos_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tos_clauses" ADD CONSTRAINT "FK_5acba3546745292f16573c324a3" FOREIGN KEY ("version_id") REFERENCES "tos_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tos_versions" ADD CONSTRAINT "FK_7374f4fe049edf32cd5c51abe5c" FOREIGN KEY ("document_id") REFERENCES "tos_documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "tos_versions" DROP CONSTRAINT "FK_7374f4fe049edf32cd5c51abe5c"');
    await queryRunner.query('ALTER TABLE "tos_clauses" DROP CONSTRAINT "FK_5acba3546745292f16573c324a3"');
    await queryRunner.query('ALTER TABLE "tos_changes" DROP CONSTRAINT "FK_5a998f4e0bff85b92f9de732854"');
    await queryRunner.query('ALTER TABLE "tos_sources" DROP CONSTRAINT "FK_75d30e15603b62eec637b3549cd"');
    await queryRunner.query('ALTER TABLE "tos_snapshots" DROP CONSTRAINT "FK_c4c9c7af61a97d1998bdbe0d3aa"');
    await queryRunner.query('ALTER TABLE "tos_documents" DROP CONSTRAINT "FK_a99dd199963fbea68ec4f4f090b"');
    await queryRunner.query('ALTER TABLE "tos_documents" DROP CONSTRAINT "FK_b02758ba5a61e25a370aaaa4abd"');
    await queryRunner.query('DROP INDEX "public"."tos_versions_document_sequence_unique"');
    await queryRunner.query('DROP INDEX "public"."tos_versions_document_recorded"');
    await queryRunner.query('DROP TABLE "tos_versions"');
    await queryRunner.query('DROP INDEX "public"."tos_clauses_key"');
    await queryRunner.query('DROP TABLE "tos_clauses"');
    await queryRunner.query('DROP INDEX "public"."tos_changes_clause_key"');
    await queryRunner.query('DROP TABLE "tos_changes"');
    await queryRunner.query('DROP INDEX "public"."tos_sources_document_url_unique"');
    await queryRunner.query('DROP INDEX "public"."tos_sources_next_check"');
    await queryRunner.query('DROP TABLE "tos_sources"');
    await queryRunner.query('DROP INDEX "public"."tos_snapshots_document_sequence_unique"');
    await queryRunner.query('DROP INDEX "public"."tos_snapshots_natural_key"');
    await queryRunner.query('DROP TABLE "tos_snapshots"');
    await queryRunner.query('DROP INDEX "public"."tos_services_slug_unique"');
    await queryRunner.query('DROP INDEX "public"."tos_services_name_unique"');
    await queryRunner.query('DROP TABLE "tos_services"');
    await queryRunner.query('DROP INDEX "public"."tos_documents_service_slug_unique"');
    await queryRunner.query('DROP INDEX "public"."tos_documents_predecessor"');
    await queryRunner.query('DROP TABLE "tos_documents"');
  }
}
