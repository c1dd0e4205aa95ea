import type { SqlRunner } from '@casetrail/core';
import { QuotingFilingView } from './evidence-views';
import { quotingFilingRows } from './tos-evidence.repository';

/** The filings quoting versions of the documents (see `quotingFilingRows`), as views. */
export async function quotingFilings(
  manager: SqlRunner,
  filter: { documentIds: string[]; clauseKey?: string; caseId?: string },
): Promise<QuotingFilingView[]> {
  const rows = await quotingFilingRows(manager, filter);
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
