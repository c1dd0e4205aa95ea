import { rows, SqlRunner } from '@casetrail/core';
import type { ClauseKind } from '../analysis/types';

/** Values of libs/citations (which depends on this lib): a ToS quotation cited by a filing. */
const TOS_QUOTE_TYPE = 'tos_quote';
const DOCUMENT_SOURCE_KIND = 'document';
const TEXT_CLAUSE: ClauseKind = 'text';

export interface InForceVersion {
  versionId: string;
  recordedAt: Date;
  effectiveDate: string | null;
  sha256: string;
  sourceUrl: string | null;
  documentId: string;
  documentType: string;
  documentSlug: string;
  service: string;
  serviceSlug: string;
  provider: string;
}

const COLUMNS = `v.id AS "versionId", v.recorded_at AS "recordedAt", v.effective_date::text AS "effectiveDate", v.sha256,
  v.source_url AS "sourceUrl", d.id AS "documentId", d.type AS "documentType", d.slug AS "documentSlug",
  s.name AS service, s.slug AS "serviceSlug", s.provider`;

/**
 * For every tracked document, the version in force at `moment` (the latest recorded by then),
 * unless a document continuing it had a version by then: a lineage counts once, by its newest document.
 */
export function versionsInForce(manager: SqlRunner, moment: Date): Promise<InForceVersion[]> {
  return rows<InForceVersion>(
    manager,
    `SELECT ${COLUMNS}
       FROM (SELECT DISTINCT ON (document_id) * FROM tos_versions
              WHERE recorded_at <= $1 ORDER BY document_id, recorded_at DESC, sequence DESC) v
       JOIN tos_documents d ON d.id = v.document_id
       JOIN tos_services s ON s.id = d.service_id
      WHERE NOT EXISTS (SELECT 1 FROM tos_documents n JOIN tos_versions nv ON nv.document_id = n.id
                         WHERE n.predecessor_id = d.id AND nv.recorded_at <= $1)
      ORDER BY s.provider, s.slug, d.slug`,
    [moment],
  );
}

/** Versions of the given documents recorded in (after, until], oldest first, plus the one in force at `after`. */
export function versionsAcross(
  manager: SqlRunner,
  documentIds: string[],
  after: Date,
  until: Date,
): Promise<InForceVersion[]> {
  return rows<InForceVersion>(
    manager,
    `(SELECT ${COLUMNS} FROM tos_versions v JOIN tos_documents d ON d.id = v.document_id JOIN tos_services s ON s.id = d.service_id
       WHERE v.document_id = ANY($1::uuid[]) AND v.recorded_at <= $2 ORDER BY v.recorded_at DESC, v.sequence DESC LIMIT 1)
     UNION ALL
     (SELECT ${COLUMNS} FROM tos_versions v JOIN tos_documents d ON d.id = v.document_id JOIN tos_services s ON s.id = d.service_id
       WHERE v.document_id = ANY($1::uuid[]) AND v.recorded_at > $2 AND v.recorded_at <= $3 ORDER BY v.recorded_at, v.sequence)`,
    [documentIds, after, until],
  );
}

/** Versions of the lineage recorded by `moment`, newest first, each with the text of clause `key` (null when absent). */
export function versionsWithClause(
  manager: SqlRunner,
  documentIds: string[],
  key: string,
  moment: Date,
): Promise<(InForceVersion & { text: string | null })[]> {
  return rows<InForceVersion & { text: string | null }>(
    manager,
    `SELECT ${COLUMNS}, c.text
       FROM tos_versions v JOIN tos_documents d ON d.id = v.document_id JOIN tos_services s ON s.id = d.service_id
       LEFT JOIN tos_clauses c ON c.version_id = v.id AND c.key = $2
      WHERE v.document_id = ANY($1::uuid[]) AND v.recorded_at <= $3
      ORDER BY v.recorded_at DESC, v.sequence DESC`,
    [documentIds, key, moment],
  );
}

export interface DocumentLink {
  id: string;
  predecessor_id: string | null;
}

export function documentLinks(manager: SqlRunner): Promise<DocumentLink[]> {
  return rows<DocumentLink>(manager, 'SELECT id, predecessor_id FROM tos_documents');
}

export interface ClauseRow {
  versionId: string;
  key: string;
  label: string | null;
  headingPath: string[];
  text: string;
}

export function textClauses(manager: SqlRunner, versionIds: string[]): Promise<ClauseRow[]> {
  if (versionIds.length === 0) return Promise.resolve([]);
  return rows<ClauseRow>(
    manager,
    `SELECT version_id AS "versionId", key, label, heading_path AS "headingPath", text FROM tos_clauses
      WHERE version_id = ANY($1::uuid[]) AND kind = $2 ORDER BY version_id, ordinal`,
    [versionIds, TEXT_CLAUSE],
  );
}

/** How many clauses keyed `key` the versions of the documents have. */
export async function clauseCount(manager: SqlRunner, key: string, documentIds: string[]): Promise<number> {
  const [found] = await rows<{ n: number }>(
    manager,
    `SELECT count(*)::int AS n FROM tos_clauses c JOIN tos_versions v ON v.id = c.version_id
      WHERE c.key = $1 AND v.document_id = ANY($2::uuid[])`,
    [key, documentIds],
  );
  return found?.n ?? 0;
}

export interface EvidenceCaseRow {
  id: string;
  slug: string;
  short_name: string;
  caption: string;
  filed_on: string | null;
}

/** The case with this slug or id, if any. */
export async function caseByRef(manager: SqlRunner, caseRef: string): Promise<EvidenceCaseRow | undefined> {
  const [found] = await rows<EvidenceCaseRow>(
    manager,
    `SELECT id, slug, short_name, caption, filed_on::text AS filed_on FROM cases
      WHERE slug = $1 OR id::text = $1 LIMIT 1`,
    [caseRef],
  );
  return found;
}

export interface CasePartyRow {
  case_id: string;
  slug: string;
  short_name: string;
  name: string;
  role: string;
}

/** Every party of every case (or of one case), by case slug and party name. */
export function casePartyRows(manager: SqlRunner, caseId?: string): Promise<CasePartyRow[]> {
  return rows<CasePartyRow>(
    manager,
    `SELECT c.id AS case_id, c.slug, c.short_name, p.name, cp.role
       FROM case_parties cp JOIN parties p ON p.id = cp.party_id JOIN cases c ON c.id = cp.case_id
      ${caseId ? 'WHERE c.id = $1' : ''}
      ORDER BY c.slug, p.name`,
    caseId ? [caseId] : [],
  );
}

export interface QuotingFilingRow {
  id: string;
  document_id: string;
  title: string | null;
  original_file_name: string;
  filed_on: string | null;
  document_type: string | null;
  case_id: string | null;
  case_slug: string | null;
  case_short_name: string | null;
  page: number | null;
  span_start: number;
  span_end: number;
  matched_text: string;
  score: number | null;
  clause_key: string;
  version_id: string;
  service: string;
  document_type_tos: string;
  recorded_at: Date;
}

/**
 * `tos_quote` citations of filings (libs/citations rows, libs/documents filings) resolved to
 * versions of the given ToS documents, optionally of one clause and one case, by filing date.
 */
export function quotingFilingRows(
  manager: SqlRunner,
  filter: { documentIds: string[]; clauseKey?: string; caseId?: string },
): Promise<QuotingFilingRow[]> {
  const params: unknown[] = [filter.documentIds, TOS_QUOTE_TYPE, DOCUMENT_SOURCE_KIND];
  const where = ['c.type = $2', 'c.source_kind = $3', 'v.document_id = ANY($1::uuid[])'];
  if (filter.clauseKey) where.push(`c.resolved_tos_clause_key = $${params.push(filter.clauseKey)}`);
  if (filter.caseId) where.push(`doc.case_id = $${params.push(filter.caseId)}::uuid`);
  return rows<QuotingFilingRow>(
    manager,
    `SELECT c.id, doc.id AS document_id, doc.title, doc.original_file_name, doc.filed_on::text AS filed_on,
            doc.document_type, cs.id AS case_id, cs.slug AS case_slug, cs.short_name AS case_short_name,
            c.page, c.span_start, c.span_end, c.matched_text, (c.fields->>'score')::float AS score,
            c.resolved_tos_clause_key AS clause_key, v.id AS version_id, s.name AS service, d.type AS document_type_tos,
            v.recorded_at
       FROM citations c
       JOIN tos_versions v ON v.id = c.resolved_tos_version_id
       JOIN tos_documents d ON d.id = v.document_id
       JOIN tos_services s ON s.id = d.service_id
       JOIN documents doc ON doc.id = c.source_id
       LEFT JOIN cases cs ON cs.id = doc.case_id
      WHERE ${where.join(' AND ')}
      ORDER BY coalesce(doc.filed_on, doc.created_at::date), doc.id, c.span_start`,
    params,
  );
}
