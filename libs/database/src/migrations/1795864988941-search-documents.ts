import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The embedded search engine's tables: derived data, rebuilt by `reindex`, kept outside the
 * TypeORM entities (TypeORM leaves tables it does not know alone).
 */
export class SearchDocuments1795864988941 implements MigrationInterface {
  name = 'SearchDocuments1795864988941';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of STATEMENTS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS "search_terms"');
    await queryRunner.query('DROP TABLE IF EXISTS "search_documents"');
  }
}

const STATEMENTS = [
  `CREATE TABLE "search_documents" (
    "id" text PRIMARY KEY,
    "kind" text NOT NULL,
    "case_id" text,
    "case_slug" text,
    "case_name" text,
    "court" text,
    "docket_number" text,
    "family_id" text,
    "parties" text[] NOT NULL DEFAULT '{}',
    "judges" text[] NOT NULL DEFAULT '{}',
    "parties_lower" text[] NOT NULL DEFAULT '{}',
    "judges_lower" text[] NOT NULL DEFAULT '{}',
    "names_text" text NOT NULL DEFAULT '',
    "document_id" text,
    "document_title" text,
    "document_type" text,
    "entry_number" text,
    "page" integer,
    "text" text NOT NULL DEFAULT '',
    "filed_at" bigint,
    "year" integer,
    "service" text,
    "provider" text,
    "tos_document_type" text,
    "recorded_at" bigint,
    "citations" text[] NOT NULL DEFAULT '{}',
    "indexed_at" timestamptz NOT NULL DEFAULT now(),
    "tsv" tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('english', coalesce("document_title", '') || ' ' || coalesce("case_name", '')), 'A') ||
      setweight(to_tsvector('english', coalesce("docket_number", '') || ' ' || "names_text"), 'B') ||
      setweight(to_tsvector('english', "text"), 'C')
    ) STORED
  )`,
  `CREATE INDEX "search_documents_tsv" ON "search_documents" USING gin ("tsv")`,
  `CREATE INDEX "search_documents_kind" ON "search_documents" ("kind")`,
  `CREATE INDEX "search_documents_case_slug" ON "search_documents" ("case_slug")`,
  `CREATE INDEX "search_documents_court" ON "search_documents" ("court")`,
  `CREATE INDEX "search_documents_document_id" ON "search_documents" ("document_id")`,
  `CREATE INDEX "search_documents_filed_at" ON "search_documents" ("filed_at", "id")`,
  `CREATE INDEX "search_documents_parties" ON "search_documents" USING gin ("parties_lower")`,
  `CREATE INDEX "search_documents_judges" ON "search_documents" USING gin ("judges_lower")`,
  `CREATE TABLE "search_terms" ("word" text PRIMARY KEY)`,
  `CREATE INDEX "search_terms_trgm" ON "search_terms" USING gin ("word" gin_trgm_ops)`,
];
