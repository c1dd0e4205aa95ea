import { MigrationInterface, QueryRunner } from 'typeorm';

export class DomainEvents1795865369378 implements MigrationInterface {
  name = 'DomainEvents1795865369378';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "domain_events" ("id" BIGSERIAL NOT NULL, "type" text NOT NULL, "case_id" uuid, "subject_id" text NOT NULL, "payload" jsonb NOT NULL DEFAULT \'{}\', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_66e0920a32dda3a89b46ee7a981" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "domain_events_type" ON "domain_events"  ("type", "id") ');
    await queryRunner.query('CREATE INDEX "domain_events_case" ON "domain_events"  ("case_id", "id") ');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."domain_events_case"');
    await queryRunner.query('DROP INDEX "public"."domain_events_type"');
    await queryRunner.query('DROP TABLE "domain_events"');
  }
}
