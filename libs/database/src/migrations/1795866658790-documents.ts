import { MigrationInterface, QueryRunner } from 'typeorm';

export class Documents1795866658790 implements MigrationInterface {
  name = 'Documents1795866658790';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sha256" text NOT NULL, "media_type" text NOT NULL, "original_file_name" text NOT NULL, "byte_size" bigint NOT NULL, "blob_path" text NOT NULL, "case_id" uuid, "case_matched_by" text, "court_id" text, "docket_number" text, "document_type" text, "document_type_overridden" boolean NOT NULL DEFAULT false, "entry_number" integer, "ecf_number" integer, "attachment_number" integer, "filed_on" date, "title" text, "source_url" text, "status" text NOT NULL DEFAULT \'received\', "failure_code" text, "failure_message" text, "text_layer" boolean, "text_layer_issue" text, "page_count" integer, "unreadable_pages" integer array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "extracted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "documents_sha256_unique" ON "documents"  ("sha256") ');
    await queryRunner.query('CREATE INDEX "documents_status" ON "documents"  ("status") ');
    await queryRunner.query('CREATE INDEX "documents_case_filed" ON "documents"  ("case_id", "filed_on") ');
    await queryRunner.query(
      'CREATE TABLE "pages" ("document_id" uuid NOT NULL, "number" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_d772be96a3661c08ac0fd65abce" PRIMARY KEY ("document_id", "number"))',
    );
    await queryRunner.query(
      'ALTER TABLE "documents" ADD CONSTRAINT "FK_a415239138695edf2df57a37737" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "documents" ADD CONSTRAINT "FK_f28a517860626aa904c76e355c1" FOREIGN KEY ("court_id") REFERENCES "courts"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "pages" ADD CONSTRAINT "FK_c719de4e672ef6719d757d7a8a6" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "pages" DROP CONSTRAINT "FK_c719de4e672ef6719d757d7a8a6"');
    await queryRunner.query('ALTER TABLE "documents" DROP CONSTRAINT "FK_f28a517860626aa904c76e355c1"');
    await queryRunner.query('ALTER TABLE "documents" DROP CONSTRAINT "FK_a415239138695edf2df57a37737"');
    await queryRunner.query('DROP TABLE "pages"');
    await queryRunner.query('DROP INDEX "public"."documents_case_filed"');
    await queryRunner.query('DROP INDEX "public"."documents_status"');
    await queryRunner.query('DROP INDEX "public"."documents_sha256_unique"');
    await queryRunner.query('DROP TABLE "documents"');
  }
}
