import { Injectable } from '@nestjs/common';
import { InForceVersion, lineageGroups, textClauses, versionsInForce } from '@casetrail/tos';
import { EntityManager } from 'typeorm';
import { buildClauseIndex, ClauseIndex, linkQuotesToClauses, TosClauseText, TosQuoteLink } from './quote-linker';

const CACHE_SIZE = 4;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Links the quotations of a filing to the ToS clauses in force on its date (libs/tos's
 * `versionsInForce`: for every tracked document, the latest version recorded by the end of that
 * day, unless a document continuing it had a version by then); the shingle index of one set of
 * versions is kept for the next filings.
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
    // Clauses follow the versions' order by service, then document: the first listed wins a tie.
    const versions = (await versionsInForce(manager, moment)).sort(
      (a, b) => compare(a.serviceSlug, b.serviceSlug) || compare(a.documentSlug, b.documentSlug),
    );
    const cacheKey = versions.map((v) => v.versionId).join(',');
    const cached = this.indexes.get(cacheKey);
    if (cached) return cached;
    const lineages = await lineageGroups(manager);
    const rowsOf = new Map<string, { key: string; text: string }[]>();
    for (const row of await textClauses(
      manager,
      versions.map((v) => v.versionId),
    )) {
      const list = rowsOf.get(row.versionId);
      if (list) list.push(row);
      else rowsOf.set(row.versionId, [row]);
    }
    const clauses: TosClauseText[] = versions.flatMap((v) =>
      (rowsOf.get(v.versionId) ?? []).map((row) => clauseText(v, row, lineages.get(v.documentId) ?? [v.documentId])),
    );
    const index = buildClauseIndex(clauses);
    if (this.indexes.size >= CACHE_SIZE) this.indexes.delete(this.indexes.keys().next().value as string);
    this.indexes.set(cacheKey, index);
    return index;
  }
}

function clauseText(v: InForceVersion, row: { key: string; text: string }, lineage: string[]): TosClauseText {
  return {
    clauseKey: row.key,
    versionId: v.versionId,
    text: row.text,
    citationKey: `tos:${v.serviceSlug}/${v.documentSlug}#${row.key}`,
    provider: v.provider,
    names: [v.service],
    fields: {
      service: v.service,
      serviceSlug: v.serviceSlug,
      provider: v.provider,
      documentType: v.documentType,
      documentSlug: v.documentSlug,
      tosDocumentId: v.documentId,
      lineageDocumentIds: lineage,
      versionRecordedAt: new Date(v.recordedAt).toISOString(),
    },
  };
}

/** Code-point order (as the embedded server's C.UTF-8 collation sorts), whatever the database's collation. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The end of a calendar day (UTC) for a bare date; a timestamp as it is. */
function endOfDay(date: string | Date): Date {
  if (date instanceof Date) return date;
  return DATE.test(date) ? new Date(`${date}T23:59:59.999Z`) : new Date(date);
}
