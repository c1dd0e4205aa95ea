import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * pg-boss 10 does not record which process runs an active job, so a job fetched by a process that
 * was killed stayed active until its expiry (30 minutes for extraction). Each process running job
 * handlers now keeps a heartbeat row, and claims the jobs it fetched; a job whose claimant stopped
 * beating is put back in the queue by the others (libs/jobs). Raw SQL tables, like search_documents.
 */
export class JobLeases1795910000000 implements MigrationInterface {
  name = 'JobLeases1795910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "job_workers" ("id" uuid PRIMARY KEY, "host" text NOT NULL, "pid" integer NOT NULL,
        "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "heartbeat_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
    await queryRunner.query(
      `CREATE TABLE "job_claims" ("job_id" uuid PRIMARY KEY, "worker_id" uuid NOT NULL, "queue" text NOT NULL,
        "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now())`,
    );
    await queryRunner.query('CREATE INDEX "IDX_job_claims_worker" ON "job_claims" ("worker_id")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "job_claims"');
    await queryRunner.query('DROP TABLE "job_workers"');
  }
}
