import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * CourtListener intake (libs/courtlistener): cases linked to CourtListener dockets with their sync
 * state, the RECAP PDFs recorded for ingestion, received webhooks by Idempotency-Key, the hourly
 * request budget; and every source of a docket entry (`docket_entries.sources`).
 */
export class CourtListener1796800000000 implements MigrationInterface {
  name = 'CourtListener1796800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_sources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "case_id" uuid NOT NULL, "provider" text NOT NULL, "external_id" text NOT NULL, "url" text NOT NULL, "cursor" text, "modified_since" text, "backfilled_at" TIMESTAMP WITH TIME ZONE, "etag" text, "last_modified" text, "last_status" text NOT NULL DEFAULT 'never', "last_error" text, "last_result" jsonb, "last_synced_at" TIMESTAMP WITH TIME ZONE, "next_sync_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa725b87fe569dd9cf04c069e3a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query('CREATE INDEX "case_sources_case" ON "case_sources"  ("case_id") ');
    await queryRunner.query('CREATE INDEX "case_sources_next_sync" ON "case_sources"  ("next_sync_at") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "case_sources_provider_external_unique" ON "case_sources"  ("provider", "external_id") ',
    );
    await queryRunner.query(
      `CREATE TABLE "courtlistener_webhooks" ("idempotency_key" text NOT NULL, "event_type" integer, "docket_ids" text array NOT NULL DEFAULT '{}', "syncs_queued" integer NOT NULL DEFAULT '0', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_55b2004e098c8781ec47c6b3a59" PRIMARY KEY ("idempotency_key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "courtlistener_documents" ("recap_document_id" text NOT NULL, "source_id" uuid NOT NULL, "case_id" uuid NOT NULL, "entry_number" integer, "attachment_number" integer, "date_filed" date, "description" text NOT NULL, "filepath_local" text NOT NULL, "sha1" text NOT NULL, "absolute_url" text, "status" text NOT NULL DEFAULT 'pending', "document_id" uuid, "error" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f6d7e4d3b3a6b9d00df2462386" PRIMARY KEY ("recap_document_id"))`,
    );
    await queryRunner.query(
      'CREATE INDEX "courtlistener_documents_pending" ON "courtlistener_documents"  ("source_id", "status") ',
    );
    await queryRunner.query(
      `CREATE TABLE "courtlistener_request_budget" ("hour_start" TIMESTAMP WITH TIME ZONE NOT NULL, "requests" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_0b02bd87e9986837a9c2f6d532a" PRIMARY KEY ("hour_start"))`,
    );
    await queryRunner.query(`ALTER TABLE "docket_entries" ADD "sources" text array NOT NULL DEFAULT '{}'`);
    // Entries imported before: their one source so far.
    await queryRunner.query('UPDATE "docket_entries" SET "sources" = ARRAY["source"]');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "docket_entries" DROP COLUMN "sources"');
    await queryRunner.query('DROP TABLE "courtlistener_request_budget"');
    await queryRunner.query('DROP TABLE "courtlistener_documents"');
    await queryRunner.query('DROP TABLE "courtlistener_webhooks"');
    await queryRunner.query('DROP TABLE "case_sources"');
  }
}
