/**
 * Every source of timeline items as one SQL SELECT with the same columns; the assembly unions them
 * and streams the result in date order. Adding a source (docket entries, documents, ToS changes) is
 * adding a SELECT here.
 */
export const TIMELINE_SOURCES: string[] = [
  `SELECT 'event:' || e.id AS id, e.date::text AS date, e.case_id::text AS case_id, e.type AS type, e.title AS title,
          e.summary AS summary, NULL::text AS entry_number, NULL::text AS document_id, e.source_url AS source_url,
          lower(regexp_replace(e.title, '[^A-Za-z0-9]+', ' ', 'g')) AS dedupe_key, 1 AS source_rank
   FROM case_events e
   WHERE e.case_id = ANY($1::uuid[]) AND e.date IS NOT NULL`,
  // A filing made in an MDL appears on member dockets too: the PACER document id (or the text)
  // identifies it across dockets, so a family timeline shows it once.
  `SELECT 'entry:' || d.id, d.date_filed::text, d.case_id::text, d.entry_type,
          coalesce(d.short_description, CASE WHEN length(d.description) > 160 THEN left(d.description, 157) || '…' ELSE d.description END),
          CASE WHEN d.short_description IS NOT NULL OR length(d.description) > 160 THEN d.description END,
          d.entry_number::text, NULL::text, NULL::text,
          coalesce('pacer-doc ' || d.pacer_doc_id, lower(regexp_replace(left(d.description, 300), '[^A-Za-z0-9]+', ' ', 'g'))), 2
   FROM docket_entries d
   WHERE d.case_id = ANY($1::uuid[])`,
  // An uploaded filing with a case and a date is an item of its own, unless the docket already
  // shows it (an entry of the same case and number).
  `SELECT 'document:' || f.id, f.filed_on::text, f.case_id::text, coalesce(f.document_type, 'filing'),
          coalesce(f.title, f.original_file_name), NULL::text, f.entry_number::text, f.id::text, f.source_url,
          'document ' || f.id, 4
   FROM documents f
   WHERE f.case_id = ANY($1::uuid[]) AND f.filed_on IS NOT NULL
     AND NOT (f.entry_number IS NOT NULL AND EXISTS (
       SELECT 1 FROM docket_entries d WHERE d.case_id = f.case_id AND d.entry_number = f.entry_number))`,
  // Hearings and deadlines read from the docket (libs/cases hearings), on their current date, one item
  // per hearing whatever its resets; the entry number is the entry that last changed it.
  `SELECT 'hearing:' || h.id, h.date::text, h.case_id::text, h.kind,
          h.label || CASE h.status WHEN 'vacated' THEN ' (vacated)' WHEN 'held' THEN ' (held)' WHEN 'rescheduled' THEN ' (rescheduled)' ELSE '' END,
          concat_ws('; ', 'Status: ' || h.status, 'Set by ECF ' || s.entry_number, CASE WHEN h.sequence > 0 THEN 'Last changed by ECF ' || l.entry_number END),
          l.entry_number::text, NULL::text, NULL::text, 'hearing ' || h.id, 5
   FROM case_hearings h
   LEFT JOIN docket_entries s ON s.id = h.set_by_entry_id
   LEFT JOIN docket_entries l ON l.id = h.last_changed_by_entry_id
   WHERE h.case_id = ANY($1::uuid[]) AND h.date IS NOT NULL`,
];

/** What the ICS export needs of each hearing item beyond the common columns. */
export const HEARING_DETAILS = `SELECT 'hearing:' || h.id AS id, h.status, h.time, h.time_zone, h.sequence
   FROM case_hearings h WHERE h.case_id = ANY($1::uuid[]) AND h.date IS NOT NULL`;

/**
 * Versions of the given ToS documents that changed the company's terms (not first captures, not
 * re-extractions), dated by when they were recorded, shown on the owning case. Arguments are the
 * placeholders of the documents, their owning cases and the change kind.
 */
export function tosChangesSource(documentIds: string, ownerCaseIds: string, changeKind: string): string {
  return `SELECT 'tos:' || v.id, (v.recorded_at AT TIME ZONE 'UTC')::date::text, o.case_id::text, 'tos_change',
          s.name || ' ' || d.type || ' changed',
          concat_ws(', ',
            CASE WHEN (v.change_counts->>'added')::int > 0 THEN (v.change_counts->>'added') || ' clause(s) added' END,
            CASE WHEN (v.change_counts->>'modified')::int > 0 THEN (v.change_counts->>'modified') || ' modified' END,
            CASE WHEN (v.change_counts->>'removed')::int > 0 THEN (v.change_counts->>'removed') || ' removed' END),
          NULL::text, NULL::text, v.source_url, 'tos ' || v.id, 3
   FROM tos_versions v
   JOIN tos_documents d ON d.id = v.document_id
   JOIN tos_services s ON s.id = d.service_id
   JOIN unnest(${documentIds}, ${ownerCaseIds}) AS o(document_id, case_id) ON o.document_id = v.document_id
   WHERE v.kind = ${changeKind}`;
}

/**
 * Filings of the scope that quote a clause of tracked terms of service (`tos_quote` citations),
 * one item per filing and clause, dated by the filing (else its ingest date). Arguments are the
 * placeholders of the citation type and the source kind.
 */
export function tosQuotesSource(quoteType: string, documentKind: string): string {
  return `SELECT DISTINCT ON (c.source_id, c.resolved_tos_clause_key)
          'tos-quote:' || c.source_id || ':' || c.resolved_tos_clause_key,
          coalesce(doc.filed_on, (doc.created_at AT TIME ZONE 'UTC')::date)::text, doc.case_id::text, 'tos_quote',
          'Filing quotes ' || coalesce(c.fields->>'service', 'tracked') || ' ' || coalesce(c.fields->>'documentType', 'terms'),
          left(c.matched_text, 300), doc.entry_number::text, doc.id::text, NULL::text,
          'tos-quote ' || c.source_id || ' ' || c.resolved_tos_clause_key, 2
   FROM citations c
   JOIN documents doc ON doc.id = c.source_id
   WHERE c.type = ${quoteType} AND c.source_kind = ${documentKind} AND doc.case_id = ANY($1::uuid[])
   ORDER BY c.source_id, c.resolved_tos_clause_key, c.span_start`;
}
