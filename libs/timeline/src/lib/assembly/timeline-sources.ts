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
];
