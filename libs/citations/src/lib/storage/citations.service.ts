import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decodeCursor, pageLimit, toPage } from '@casetrail/core';
import { DomainEventType, EventsService } from '@casetrail/events';
import { EntityManager, In } from 'typeorm';
import type { Citation as ExtractedCitation } from '../extraction/types';
import { normalizeCitationKey } from '../extraction/normalize-key';
import { CitationResolver } from '../resolution/citation-resolver';
import type { TosQuoteLink } from '../tos-quotes/quote-linker';
import { Citation } from './citation.entity';
import { CitationDraft, draftFromExtracted, draftFromQuote, identities } from './citation-rows';
import { CitationSource } from './citation-source';
import { CitationsRepository } from './citations.repository';
import { CitationsByKeyView, SourceCitationView, toSourceCitationView } from './citation-views';

export interface ReplaceResult {
  inserted: number;
  kept: number;
  deleted: number;
  /** rows (inserted or kept) resolved to a tracked case */
  resolvedToCases: number;
  /** `citation.created` events recorded (one per inserted row) */
  events: number;
  /** The distinct citation keys the source now has, in text order of first appearance. */
  keys: string[];
}

export interface ListByKeyQuery {
  key: string;
  limit?: number;
  cursor?: string;
}

const INSERT_CHUNK = 500;

/** JSON with object keys sorted, so that jsonb's own key order does not count as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The inserted `tos_quote` rows that are the source's first quotation of their clause (none of
 * its kept rows quotes it), with the ToS documents of that clause's lineage.
 */
function firstQuotesOfClauses(kept: readonly Citation[], inserted: readonly Citation[]): Map<string, string[]> {
  const quoted = new Set(kept.filter((r) => r.type === 'tos_quote').map((r) => r.resolvedTosClauseKey));
  const out = new Map<string, string[]>();
  for (const row of inserted) {
    if (row.type !== 'tos_quote' || !row.resolvedTosClauseKey || quoted.has(row.resolvedTosClauseKey)) continue;
    quoted.add(row.resolvedTosClauseKey);
    const ids = row.fields['lineageDocumentIds'];
    out.set(row.id, Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
  }
  return out;
}

/**
 * Stores the citations of one source (a filing or a ToS version). The owning lib calls
 * `replaceForSource` inside its extraction transaction; rows of unchanged citations are kept,
 * so re-extracting the same text records no new events.
 */
@Injectable()
export class CitationsService {
  constructor(
    private readonly repository: CitationsRepository,
    private readonly resolver: CitationResolver,
    private readonly events: EventsService,
  ) {}

  async replaceForSource(
    manager: EntityManager,
    source: CitationSource,
    extracted: readonly ExtractedCitation[],
    tosQuotes: readonly TosQuoteLink[] = [],
  ): Promise<ReplaceResult> {
    const drafts = [...extracted.map(draftFromExtracted), ...tosQuotes.map(draftFromQuote)].sort(
      (a, b) => a.spanStart - b.spanStart || a.spanEnd - b.spanEnd,
    );
    const resolved = await this.resolver.resolveCases(manager, drafts, { courtId: source.courtId });
    const caseOf = (d: CitationDraft): string | null => resolved.get(`${d.type}|${d.key}`) ?? null;

    const repo = manager.getRepository(Citation);
    const existing = await repo.find({
      where: { sourceKind: source.kind, sourceId: source.id },
      order: { spanStart: 'ASC', spanEnd: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const old = new Map(identities(existing));
    const toInsert: Citation[] = [];
    let kept = 0;
    for (const [identity, draft] of identities(drafts)) {
      const row = old.get(identity);
      const resolvedCaseId = caseOf(draft);
      if (!row) {
        toInsert.push(
          repo.create({
            id: randomUUID(),
            sourceKind: source.kind,
            sourceId: source.id,
            sourceCaseId: source.caseId ?? null,
            ...draft,
            resolvedCaseId,
          }),
        );
        continue;
      }
      old.delete(identity);
      kept += 1;
      const changes: Partial<Citation> = {};
      if (row.resolvedCaseId !== resolvedCaseId) changes.resolvedCaseId = resolvedCaseId;
      if (row.sourceCaseId !== (source.caseId ?? null)) changes.sourceCaseId = source.caseId ?? null;
      if (row.matchedText !== draft.matchedText) changes.matchedText = draft.matchedText;
      if (canonical(row.fields) !== canonical(draft.fields)) changes.fields = draft.fields;
      if (row.resolvedTosClauseKey !== draft.resolvedTosClauseKey)
        changes.resolvedTosClauseKey = draft.resolvedTosClauseKey;
      if (row.resolvedTosVersionId !== draft.resolvedTosVersionId)
        changes.resolvedTosVersionId = draft.resolvedTosVersionId;
      if (Object.keys(changes).length > 0) await repo.update({ id: row.id }, changes);
    }
    const gone = [...old.values()].map((row) => row.id);
    for (let i = 0; i < gone.length; i += INSERT_CHUNK) await repo.delete({ id: In(gone.slice(i, i + INSERT_CHUNK)) });
    for (let i = 0; i < toInsert.length; i += INSERT_CHUNK) await repo.insert(toInsert.slice(i, i + INSERT_CHUNK));

    const goneIds = new Set(gone);
    const clauseTargets = firstQuotesOfClauses(
      existing.filter((r) => !goneIds.has(r.id)),
      toInsert,
    );
    await this.events.record(
      manager,
      toInsert.map((row) => ({
        type: DomainEventType.CitationCreated,
        caseId: source.caseId ?? null,
        subjectId: row.id,
        payload: {
          key: row.key,
          citationType: row.type,
          sourceKind: source.kind,
          sourceId: source.id,
          page: row.page,
          resolvedCaseId: row.resolvedCaseId,
          resolvedTosClauseKey: row.resolvedTosClauseKey,
          // Clause subscriptions hear once per filing and clause: the documents of the clause's lineage.
          ...(clauseTargets.has(row.id) ? { tosDocumentIds: clauseTargets.get(row.id) } : {}),
        },
      })),
    );
    const resolvedToCases = drafts.filter((d) => caseOf(d) !== null).length;
    const keys = [...new Set(drafts.map((d) => d.key))];
    return { inserted: toInsert.length, kept, deleted: gone.length, resolvedToCases, events: toInsert.length, keys };
  }

  /** For the owning lib when it deletes a source. */
  async deleteForSource(manager: EntityManager, source: Pick<CitationSource, 'kind' | 'id'>): Promise<number> {
    const result = await manager.getRepository(Citation).delete({ sourceKind: source.kind, sourceId: source.id });
    return result.affected ?? 0;
  }

  /** Every citation of one source in text order (for `GET /documents/{id}/citations` once filings exist). */
  async listForSource(source: Pick<CitationSource, 'kind' | 'id'>): Promise<SourceCitationView[]> {
    return (await this.repository.ofSource(source)).map(toSourceCitationView);
  }

  /** Every source and page citing `key` (normalised first), grouped by source and page. */
  async listByKey(query: ListByKeyQuery): Promise<CitationsByKeyView> {
    const key = normalizeCitationKey(query.key) ?? query.key.trim().replace(/\s+/g, ' ');
    const limit = pageLimit(query);
    const after = query.cursor ? decodeCursor(query.cursor, { k: 'string', s: 'uuid', p: 'int' }) : null;
    const rows = await this.repository.citingPages(key, limit + 1, after);
    const { items: page, nextCursor } = toPage(rows, limit, (last) => ({
      k: last.source_kind,
      s: last.source_id,
      p: last.p,
    }));
    const resolution = await this.resolver.resolveCases(this.repository.manager, [
      { type: 'case', key },
      { type: 'docket', key },
    ]);
    const resolvedCaseId = resolution.get(`case|${key}`) ?? resolution.get(`docket|${key}`) ?? null;
    const cases = await this.repository.caseRefs([
      ...page.flatMap((r) => (r.case_id ? [r.case_id] : [])),
      ...(resolvedCaseId ? [resolvedCaseId] : []),
    ]);
    return {
      key,
      resolvedCase: resolvedCaseId ? (cases.get(resolvedCaseId) ?? null) : null,
      items: page.map((r) => ({
        source: { kind: r.source_kind, id: r.source_id, case: r.case_id ? (cases.get(r.case_id) ?? null) : null },
        page: r.p === 0 ? null : r.p,
        citations: r.citations,
      })),
      nextCursor,
    };
  }
}
