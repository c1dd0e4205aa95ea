import { EntityManager } from 'typeorm';

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
export function versionsInForce(manager: EntityManager, moment: Date): Promise<InForceVersion[]> {
  return manager.query<InForceVersion[]>(
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
export async function versionsAcross(
  manager: EntityManager,
  documentIds: string[],
  after: Date,
  until: Date,
): Promise<InForceVersion[]> {
  return manager.query<InForceVersion[]>(
    `(SELECT ${COLUMNS} FROM tos_versions v JOIN tos_documents d ON d.id = v.document_id JOIN tos_services s ON s.id = d.service_id
       WHERE v.document_id = ANY($1::uuid[]) AND v.recorded_at <= $2 ORDER BY v.recorded_at DESC, v.sequence DESC LIMIT 1)
     UNION ALL
     (SELECT ${COLUMNS} FROM tos_versions v JOIN tos_documents d ON d.id = v.document_id JOIN tos_services s ON s.id = d.service_id
       WHERE v.document_id = ANY($1::uuid[]) AND v.recorded_at > $2 AND v.recorded_at <= $3 ORDER BY v.recorded_at, v.sequence)`,
    [documentIds, after, until],
  );
}

interface DocumentLink {
  id: string;
  predecessor_id: string | null;
}

function documentLinks(manager: EntityManager): Promise<DocumentLink[]> {
  return manager.query<DocumentLink[]>('SELECT id, predecessor_id FROM tos_documents');
}

/** Each document's predecessors, oldest first, then itself. */
export async function ancestry(manager: EntityManager): Promise<Map<string, string[]>> {
  const rows = await documentLinks(manager);
  const predecessor = new Map(rows.map((r) => [r.id, r.predecessor_id]));
  return new Map(
    rows.map((r) => {
      const chain = [r.id];
      for (let p = predecessor.get(r.id); p && !chain.includes(p); p = predecessor.get(p)) chain.unshift(p);
      return [r.id, chain];
    }),
  );
}

/** For each document: itself, the documents it continues and the documents continuing it. */
export async function lineageGroups(manager: EntityManager): Promise<Map<string, string[]>> {
  const documents = await documentLinks(manager);
  const predecessor = new Map(documents.map((d) => [d.id, d.predecessor_id]));
  const children = new Map<string, string[]>();
  for (const d of documents)
    if (d.predecessor_id) children.set(d.predecessor_id, [...(children.get(d.predecessor_id) ?? []), d.id]);
  const out = new Map<string, string[]>();
  for (const d of documents) {
    const seen = new Set([d.id]);
    for (let p = predecessor.get(d.id); p && !seen.has(p); p = predecessor.get(p)) seen.add(p);
    const queue = [...(children.get(d.id) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(children.get(next) ?? []));
    }
    out.set(d.id, [...seen]);
  }
  return out;
}

export interface ClauseRow {
  versionId: string;
  key: string;
  label: string | null;
  headingPath: string[];
  text: string;
}

export function textClauses(manager: EntityManager, versionIds: string[]): Promise<ClauseRow[]> {
  if (versionIds.length === 0) return Promise.resolve([]);
  return manager.query<ClauseRow[]>(
    `SELECT version_id AS "versionId", key, label, heading_path AS "headingPath", text FROM tos_clauses
      WHERE version_id = ANY($1::uuid[]) AND kind = 'text' ORDER BY version_id, ordinal`,
    [versionIds],
  );
}
