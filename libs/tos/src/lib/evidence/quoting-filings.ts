import { EntityManager } from 'typeorm';
import { QuotingFilingView } from './evidence-views';

interface Row {
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
export async function quotingFilings(
  manager: EntityManager,
  filter: { documentIds: string[]; clauseKey?: string; caseId?: string },
): Promise<QuotingFilingView[]> {
  const params: unknown[] = [filter.documentIds];
  const where = ["c.type = 'tos_quote'", "c.source_kind = 'document'", 'v.document_id = ANY($1::uuid[])'];
  if (filter.clauseKey) where.push(`c.resolved_tos_clause_key = $${params.push(filter.clauseKey)}`);
  if (filter.caseId) where.push(`doc.case_id = $${params.push(filter.caseId)}::uuid`);
  const rows = await manager.query<Row[]>(
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
  return rows.map((r) => ({
    citationId: r.id,
    document: {
      id: r.document_id,
      title: r.title ?? r.original_file_name,
      filedOn: r.filed_on,
      documentType: r.document_type,
    },
    case: r.case_id ? { id: r.case_id, slug: r.case_slug ?? '', shortName: r.case_short_name ?? '' } : null,
    page: r.page,
    span: { start: r.span_start, end: r.span_end },
    matchedText: r.matched_text,
    score: r.score,
    clauseKey: r.clause_key,
    version: {
      id: r.version_id,
      service: r.service,
      documentType: r.document_type_tos,
      recordedAt: new Date(r.recorded_at).toISOString(),
    },
  }));
}
