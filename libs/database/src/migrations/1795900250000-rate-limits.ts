import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit counters shared by every API process (one fixed window per bucket: an API key, a
 * client address, or a client address's failed authentications). Unlogged: counters are worth
 * nothing after a crash and cost no WAL on every request.
 */
export class RateLimits1795900250000 implements MigrationInterface {
  name = 'RateLimits1795900250000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNLOGGED TABLE "rate_limits" ("bucket" text PRIMARY KEY, "window_started_at" timestamptz NOT NULL, "count" integer NOT NULL)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "rate_limits"');
  }
}
