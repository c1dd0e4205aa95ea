import { Injectable } from '@nestjs/common';
import { Case, CaseFamily, CasesError, CasesErrorCode, CasesService } from '@casetrail/cases';
import { TimelineCaseRef, TimelineHearing, TimelineItem, TimelineMeta } from '../export/timeline-item';
import { significanceOf } from './significance';
import { TimelineError, TimelineErrorCode } from './timeline-error';
import { TimelineFilters, TimelineScopeRequest } from './timeline-request';
import { ItemRow, TimelineRepository, TosOwner } from './timeline.repository';

export interface ResolvedScope {
  meta: TimelineMeta;
  cases: Case[];
  /** The case whose copy of a shared item is kept (the MDL itself in a family). */
  leadCaseId: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Assembles timelines from case events, docket entries and documents, streamed in date order. */
@Injectable()
export class TimelineService {
  constructor(
    private readonly repository: TimelineRepository,
    private readonly cases: CasesService,
  ) {}

  async resolve(
    request: TimelineScopeRequest,
    filters: TimelineFilters,
    generatedAt = new Date(),
  ): Promise<ResolvedScope> {
    validateFilters(filters);
    if ('family' in request) return this.resolveFamily(request.family, filters, generatedAt);
    if (request.cases.length === 0) {
      throw new TimelineError(
        TimelineErrorCode.InvalidTimelineRequest,
        'Name at least one case (cases=a,b) or a family.',
      );
    }
    const cases: Case[] = [];
    for (const idOrSlug of request.cases) {
      try {
        cases.push(await this.cases.findEntity(idOrSlug));
      } catch (error) {
        if (error instanceof CasesError) {
          throw new CasesError(CasesErrorCode.UnknownCase, `No case "${idOrSlug}".`, { case: idOrSlug });
        }
        throw error;
      }
    }
    const unique = [...new Map(cases.map((c) => [c.id, c])).values()];
    const title =
      unique.length === 1
        ? `${unique[0].shortName} — timeline`
        : `Timeline of ${unique.map((c) => c.shortName).join(', ')}`;
    return { cases: unique, leadCaseId: null, meta: this.meta(title, unique, filters, generatedAt) };
  }

  /** Items of the scope in date order, filtered, with items shared across a family shown once. */
  async *items(scope: ResolvedScope, filters: TimelineFilters): AsyncGenerator<TimelineItem> {
    const caseById = new Map(scope.cases.map((c) => [c.id, c]));
    const tosOwners = filters.includeTos ? await this.tosOwners(scope) : null;
    const pages = this.repository.itemRows({
      caseIds: scope.cases.map((c) => c.id),
      tosOwners,
      from: filters.from,
      to: filters.to,
      leadCaseId: scope.leadCaseId,
    });
    const hearings = await this.repository.hearingDetails(scope.cases.map((c) => c.id));
    let seenOnDate = { date: '', keys: new Set<string>() };
    for await (const rows of pages) {
      for (const row of rows) {
        if (row.date !== seenOnDate.date) seenOnDate = { date: row.date, keys: new Set() };
        const sharedKey = `${row.type}|${row.dedupe_key}`;
        if (seenOnDate.keys.has(sharedKey)) continue;
        seenOnDate.keys.add(sharedKey);
        const item = toItem(row, caseById.get(row.case_id), hearings.get(row.id));
        if (filters.types?.length && !filters.types.includes(item.type)) continue;
        if (filters.significance?.length && !filters.significance.includes(item.significance)) continue;
        yield item;
      }
    }
  }

  /**
   * The terms-of-service documents of the providers among the scope's parties (OpenAI's terms in an
   * OpenAI case): a provider matches when a party's name contains it. Each document is shown on the
   * lead case of the scope (the MDL in a family), else on the first case naming the provider.
   */
  private async tosOwners(scope: ResolvedScope): Promise<TosOwner[]> {
    const rows = await this.repository.providerDocuments(
      scope.cases.map((c) => c.id),
      scope.leadCaseId ?? scope.cases[0]?.id,
    );
    return rows.map((r) => ({ documentId: r.document_id, caseId: scope.leadCaseId ?? r.case_id }));
  }

  /** The named case as the head of its family, with the cases linked into it (a member names the cases consolidated into it). */
  private async resolveFamily(idOrSlug: string, filters: TimelineFilters, generatedAt: Date): Promise<ResolvedScope> {
    let family: CaseFamily;
    try {
      family = await this.cases.familyOf(idOrSlug, { asHead: true });
    } catch (error) {
      if (error instanceof CasesError)
        throw new CasesError(CasesErrorCode.UnknownCase, `No case family "${idOrSlug}".`, { family: idOrSlug });
      throw error;
    }
    const head = family.root;
    const cases = [head, ...family.members];
    return {
      cases,
      leadCaseId: head.id,
      meta: this.meta(
        `${head.shortName} and ${family.members.length} member case(s) — timeline`,
        cases,
        filters,
        generatedAt,
      ),
    };
  }

  private meta(title: string, cases: Case[], filters: TimelineFilters, generatedAt: Date): TimelineMeta {
    const refs: TimelineCaseRef[] = cases.map((c) => ({
      slug: c.slug,
      name: c.shortName,
      court: c.courtId,
      docketNumber: c.docketNumber,
    }));
    const shown: Record<string, string> = {};
    if (filters.from) shown['from'] = filters.from;
    if (filters.to) shown['to'] = filters.to;
    if (filters.types?.length) shown['types'] = filters.types.join(',');
    if (filters.significance?.length) shown['significance'] = filters.significance.join(',');
    return {
      title,
      generatedAt: generatedAt.toISOString(),
      cases: refs,
      ...(Object.keys(shown).length ? { filters: shown } : {}),
    };
  }
}

function validateFilters(filters: TimelineFilters): void {
  for (const [name, value] of [
    ['from', filters.from],
    ['to', filters.to],
  ] as const) {
    if (value !== undefined && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) {
      throw new TimelineError(TimelineErrorCode.InvalidTimelineRequest, `${name} must be a date like 2025-06-23.`, {
        parameter: name,
      });
    }
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    throw new TimelineError(TimelineErrorCode.InvalidTimelineRequest, 'from is after to.', {
      from: filters.from,
      to: filters.to,
    });
  }
}

function toItem(row: ItemRow, owner: Case | undefined, hearing: TimelineHearing | undefined): TimelineItem {
  const type = row.type.toLowerCase().replace(/\s+/g, '_');
  return {
    id: row.id,
    date: row.date,
    caseSlug: owner?.slug ?? '',
    caseName: owner?.shortName ?? '',
    court: owner?.courtId ?? null,
    docketNumber: owner?.docketNumber ?? null,
    type,
    title: row.title,
    summary: row.summary,
    entryNumber: row.entry_number,
    documentId: row.document_id,
    sourceUrl: row.source_url,
    significance: significanceOf(type, row.title),
    ...(hearing ? { hearing } : {}),
  };
}
