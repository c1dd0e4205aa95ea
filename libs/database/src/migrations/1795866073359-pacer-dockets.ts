import { MigrationInterface, QueryRunner } from 'typeorm';

export class PacerDockets1795866073359 implements MigrationInterface {
  name = 'PacerDockets1795866073359';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "docket_entries" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "natural_key" text NOT NULL, "entry_number" integer, "pacer_seq_no" text, "pacer_doc_id" text, "date_filed" date NOT NULL, "date_entered" date, "description" text NOT NULL, "short_description" text, "entry_type" text NOT NULL, "page_count" integer, "attachments" jsonb NOT NULL DEFAULT \'[]\', "source" text NOT NULL, "sort_order" integer NOT NULL, "content_hash" text NOT NULL, "first_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_de42c2fcf5d1b4777c3174fa197" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "docket_entries_case_doc" ON "docket_entries"  ("case_id", "pacer_doc_id") WHERE "pacer_doc_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "docket_entries_case_seq" ON "docket_entries"  ("case_id", "pacer_seq_no") WHERE "pacer_seq_no" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "docket_entries_case_order" ON "docket_entries"  ("case_id", "date_filed", "sort_order", "id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "docket_entries_natural_key" ON "docket_entries"  ("case_id", "natural_key") ',
    );
    await queryRunner.query(
      'CREATE TABLE "pacer_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "url" text NOT NULL, "court" text NOT NULL, "etag" text, "last_modified" text, "last_polled_at" TIMESTAMP WITH TIME ZONE, "last_success_at" TIMESTAMP WITH TIME ZONE, "last_status" text, "last_error" text, "consecutive_failures" integer NOT NULL DEFAULT \'0\', "last_result" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d987258cce201ba9c063810b95c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "pacer_feeds_url_unique" ON "pacer_feeds"  ("url") ');
    await queryRunner.query(
      'ALTER TABLE "docket_entries" ADD CONSTRAINT "FK_0a53b9bfcb8ce7b927e67f6da1d" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "docket_entries" DROP CONSTRAINT "FK_0a53b9bfcb8ce7b927e67f6da1d"');
    await queryRunner.query('DROP INDEX "public"."pacer_feeds_url_unique"');
    await queryRunner.query('DROP TABLE "pacer_feeds"');
    await queryRunner.query('DROP INDEX "public"."docket_entries_natural_key"');
    await queryRunner.query('DROP INDEX "public"."docket_entries_case_order"');
    await queryRunner.query('DROP INDEX "public"."docket_entries_case_seq"');
    await queryRunner.query('DROP INDEX "public"."docket_entries_case_doc"');
    await queryRunner.query('DROP TABLE "docket_entries"');
  }
}
