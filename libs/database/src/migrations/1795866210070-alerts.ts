import { MigrationInterface, QueryRunner } from 'typeorm';

/** Alert subscriptions, matches, deliveries and attempts (libs/alerts, docs/decisions/0006). */
export class Alerts1795866210070 implements MigrationInterface {
  name = 'Alerts1795866210070';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "alert_subscriptions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_key_id" uuid, "target_type" text NOT NULL, "target_key" text, "target" jsonb NOT NULL, "search_query" text, "search_tsquery" tsquery, "anchor_lexemes" text array NOT NULL DEFAULT \'{}\', "filter_case_id" uuid, "filter_court" text, "filter_party" text, "filter_judge" text, "filter_kind" text, "event_types" text array NOT NULL DEFAULT \'{}\', "include_document_types" text array NOT NULL DEFAULT \'{}\', "exclude_document_types" text array NOT NULL DEFAULT \'{}\', "channel" text NOT NULL, "webhook_url" text, "email" text, "secret" text, "previous_secret" text, "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "feed_token_hash" text NOT NULL, "frequency" text NOT NULL, "status" text NOT NULL DEFAULT \'active\', "status_reason" text, "failing_since" TIMESTAMP WITH TIME ZONE, "note" text, "tags" text array NOT NULL DEFAULT \'{}\', "last_sequence" bigint NOT NULL DEFAULT \'0\', "starts_after_event_id" bigint NOT NULL DEFAULT \'0\', "next_digest_at" TIMESTAMP WITH TIME ZONE, "lane_token" uuid, "lane_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0438e400c51219e6fbf8261369f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "alert_subscriptions_next_digest" ON "alert_subscriptions"  ("next_digest_at") WHERE "frequency" <> \'realtime\'',
    );
    await queryRunner.query(
      'CREATE INDEX "alert_subscriptions_owner" ON "alert_subscriptions"  ("owner_key_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "alert_subscriptions_target" ON "alert_subscriptions"  ("target_type", "target_key") WHERE "status" <> \'paused\'',
    );
    // The inverted search index: saved searches found by the lexemes of a new text (not expressible in entity metadata).
    // fastupdate off: a match probes it with thousands of lexemes, and a pending list (rows not yet merged) is scanned
    // whole for each one — seconds at 10k fresh subscriptions. Subscriptions are written rarely, matched constantly.
    await queryRunner.query(
      'CREATE INDEX "alert_subscriptions_anchors" ON "alert_subscriptions" USING gin ("anchor_lexemes") WITH (fastupdate = off) WHERE "target_type" = \'search\' AND "status" <> \'paused\'',
    );
    await queryRunner.query(
      'CREATE TABLE "alert_delivery_attempts" ("id" BIGSERIAL NOT NULL, "delivery_id" uuid NOT NULL, "number" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "outcome" text, "status_code" integer, "duration_ms" integer, "error" text, CONSTRAINT "PK_7f80bdc4c1c9bc1884deea56423" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "alert_delivery_attempts_number" ON "alert_delivery_attempts"  ("delivery_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "alert_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "subscription_id" uuid NOT NULL, "kind" text NOT NULL, "type" text NOT NULL, "event_id" bigint, "sequence" bigint NOT NULL, "data" jsonb NOT NULL, "channel" text NOT NULL, "status" text NOT NULL DEFAULT \'pending\', "attempt_count" integer NOT NULL DEFAULT \'0\', "retry_step" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivered_at" TIMESTAMP WITH TIME ZONE, "failed_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "period_start" TIMESTAMP WITH TIME ZONE, "period_end" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b3d51c95891264fb62df41582ad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "alert_deliveries_due" ON "alert_deliveries"  ("next_attempt_at") WHERE "status" = \'pending\'',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "alert_deliveries_period" ON "alert_deliveries"  ("subscription_id", "period_start") WHERE "period_start" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "alert_deliveries_event" ON "alert_deliveries"  ("subscription_id", "event_id") WHERE "event_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "alert_deliveries_sequence" ON "alert_deliveries"  ("subscription_id", "sequence") ',
    );
    await queryRunner.query(
      'CREATE TABLE "alert_matches" ("id" BIGSERIAL NOT NULL, "subscription_id" uuid NOT NULL, "event_id" bigint NOT NULL, "delivery_id" uuid, "matched_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5266bebcb03013ef3630dcdc660" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "alert_matches_pending_digest" ON "alert_matches"  ("subscription_id", "event_id") WHERE "delivery_id" IS NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "alert_matches_unique" ON "alert_matches"  ("subscription_id", "event_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "alert_processed_events" ("event_id" bigint NOT NULL, "matches" integer NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96e0397811a9fc25639dd446449" PRIMARY KEY ("event_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "alert_consumer_positions" ("consumer" text NOT NULL, "position" bigint NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fe6512b8142cb422469efb764fa" PRIMARY KEY ("consumer"))',
    );
    await queryRunner.query(
      'ALTER TABLE "alert_delivery_attempts" ADD CONSTRAINT "FK_7be65b9dcec4ebf3084910f59af" FOREIGN KEY ("delivery_id") REFERENCES "alert_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "alert_deliveries" ADD CONSTRAINT "FK_a039ac56256f77bc2f90dcf9349" FOREIGN KEY ("subscription_id") REFERENCES "alert_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "alert_matches" ADD CONSTRAINT "FK_d49344ce9bc40a5fb150c5c3f02" FOREIGN KEY ("subscription_id") REFERENCES "alert_subscriptions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "alert_matches" ADD CONSTRAINT "FK_9fe7249e482e4da66b884490dff" FOREIGN KEY ("event_id") REFERENCES "domain_events"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "alert_matches" DROP CONSTRAINT "FK_9fe7249e482e4da66b884490dff"');
    await queryRunner.query('ALTER TABLE "alert_matches" DROP CONSTRAINT "FK_d49344ce9bc40a5fb150c5c3f02"');
    await queryRunner.query('ALTER TABLE "alert_deliveries" DROP CONSTRAINT "FK_a039ac56256f77bc2f90dcf9349"');
    await queryRunner.query('ALTER TABLE "alert_delivery_attempts" DROP CONSTRAINT "FK_7be65b9dcec4ebf3084910f59af"');
    await queryRunner.query('DROP TABLE "alert_consumer_positions"');
    await queryRunner.query('DROP TABLE "alert_processed_events"');
    await queryRunner.query('DROP INDEX "public"."alert_matches_unique"');
    await queryRunner.query('DROP INDEX "public"."alert_matches_pending_digest"');
    await queryRunner.query('DROP TABLE "alert_matches"');
    await queryRunner.query('DROP INDEX "public"."alert_deliveries_sequence"');
    await queryRunner.query('DROP INDEX "public"."alert_deliveries_event"');
    await queryRunner.query('DROP INDEX "public"."alert_deliveries_period"');
    await queryRunner.query('DROP INDEX "public"."alert_deliveries_due"');
    await queryRunner.query('DROP TABLE "alert_deliveries"');
    await queryRunner.query('DROP INDEX "public"."alert_delivery_attempts_number"');
    await queryRunner.query('DROP TABLE "alert_delivery_attempts"');
    await queryRunner.query('DROP INDEX "public"."alert_subscriptions_anchors"');
    await queryRunner.query('DROP INDEX "public"."alert_subscriptions_target"');
    await queryRunner.query('DROP INDEX "public"."alert_subscriptions_owner"');
    await queryRunner.query('DROP INDEX "public"."alert_subscriptions_next_digest"');
    await queryRunner.query('DROP TABLE "alert_subscriptions"');
  }
}
