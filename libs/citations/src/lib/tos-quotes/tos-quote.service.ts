import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { buildClauseIndex, ClauseIndex, linkQuotesToClauses, TosClauseText, TosQuoteLink } from './quote-linker';

interface InForceRow {
  version_id: string;
  recorded_at: Date;
  document_id: string;
  document_type: string;
  document_slug: string;
  service: string;
  service_slug: string;
  provider: string;
}

interface DocumentLink {
  id: string;
  predecessor_id: string | null;
}

const CACHE_SIZE = 4;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Links the quotations of a filing to the ToS clauses in force on its date: for every tracked
 * document, the latest version recorded by the end of that day, unless a document continuing it
 * had a version by then. Reads the ToS tables of libs/tos by SQL (the citations lib does not
 * depend on it); the shingle index of one set of versions is kept for the next filings.
 */
@Injectable()
export class TosQuoteService {
  private readonly indexes = new Map<string, ClauseIndex>();

  async linkFiling(
    manager: EntityManager,
    text: string,
    options: { date: string | Date; pageOffsets?: number[] },
  ): Promise<TosQuoteLink[]> {
    if (!/[“"]/.test(text)) return [];
    const index = await this.indexAsOf(manager, endOfDay(options.date));
    if (index.clauses.length === 0) return [];
    return linkQuotesToClauses(text, index, { pageOffsets: options.pageOffsets });
  }

  private async indexAsOf(manager: EntityManager, moment: Date): Promise<ClauseIndex> {
    const versions = await manager.query<InForceRow[]>(
      `SELECT v.id AS version_id, v.recorded_at, d.id AS document_id, d.type AS document_type, d.slug AS document_slug,
              s.name AS service, s.slug AS service_slug, s.provider
         FROM (SELECT DISTINCT ON (document_id) id, document_id, recorded_at FROM tos_versions
                WHERE recorded_at <= $1 ORDER BY document_id, recorded_at DESC, sequence DESC) v
         JOIN tos_documents d ON d.id = v.document_id
         JOIN tos_services s ON s.id = d.service_id
        WHERE NOT EXISTS (SELECT 1 FROM tos_documents n JOIN tos_versions nv ON nv.document_id = n.id
                           WHERE n.predecessor_id = d.id AND nv.recorded_at <= $1)
        ORDER BY s.slug, d.slug`,
      [moment],
    );
    const cacheKey = versions.map((v) => v.version_id).join(',');
    const cached = this.indexes.get(cacheKey);
    if (cached) return cached;
    const lineages = lineageGroups(await manager.query<DocumentLink[]>('SELECT id, predecessor_id FROM tos_documents'));
    const rows = versions.length
      ? await manager.query<{ version_id: string; key: string; text: string }[]>(
          `SELECT version_id, key, text FROM tos_clauses WHERE version_id = ANY($1::uuid[]) AND kind = 'text'
            ORDER BY version_id, ordinal`,
          [versions.map((v) => v.version_id)],
        )
      : [];
    const rowsOf = new Map<string, { key: string; text: string }[]>();
    for (const row of rows) {
      const list = rowsOf.get(row.version_id);
      if (list) list.push(row);
      else rowsOf.set(row.version_id, [row]);
    }
    // Clauses follow the versions' order (by service, then document): the first listed wins a tie.
    const clauses: TosClauseText[] = versions.flatMap((v) =>
      (rowsOf.get(v.version_id) ?? []).map((row) => ({
        clauseKey: row.key,
        versionId: v.version_id,
        text: row.text,
        citationKey: `tos:${v.service_slug}/${v.document_slug}#${row.key}`,
        provider: v.provider,
        names: [v.service],
        fields: {
          service: v.service,
          serviceSlug: v.service_slug,
          provider: v.provider,
          documentType: v.document_type,
          documentSlug: v.document_slug,
          tosDocumentId: v.document_id,
          lineageDocumentIds: lineages.get(v.document_id) ?? [v.document_id],
          versionRecordedAt: new Date(v.recorded_at).toISOString(),
        },
      })),
    );
    const index = buildClauseIndex(clauses);
    if (this.indexes.size >= CACHE_SIZE) this.indexes.delete(this.indexes.keys().next().value as string);
    this.indexes.set(cacheKey, index);
    return index;
  }
}

/** For each document, itself, the documents it continues and the documents continuing it. */
function lineageGroups(documents: DocumentLink[]): Map<string, string[]> {
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

/** The end of a calendar day (UTC) for a bare date; a timestamp as it is. */
function endOfDay(date: string | Date): Date {
  if (date instanceof Date) return date;
  return DATE.test(date) ? new Date(`${date}T23:59:59.999Z`) : new Date(date);
}
