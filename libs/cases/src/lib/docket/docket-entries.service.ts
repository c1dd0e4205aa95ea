import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, Page, pageLimit, toPage } from '@casetrail/core';
import { DomainEventType, EventsService, NewDomainEvent } from '@casetrail/events';
import { JobName, JobsService } from '@casetrail/jobs';
import { randomUUID } from 'node:crypto';
import { lockKeys } from '../records/advisory-locks';
import { DataSource, EntityManager, In } from 'typeorm';
import { CasesService } from '../cases/cases.service';
import { MotionRulingsService } from '../motions/motion-rulings.service';
import {
  ChangeCounts,
  DocketBatch,
  DocketEntriesUpsertResult,
  DocketEntryInput,
  emptyCounts,
  UpsertDocketEntriesOptions,
} from './docket-entry-input';
import {
  changedFields,
  contentHash,
  contentOfInput,
  EntryContent,
  mergeEntry,
  naturalKeys,
} from './docket-entry-merge';
import { DocketEntry, DocketEntrySource } from './docket-entry.entity';
import { ListDocketQuery } from './docket.dto';
import { DocketEntryView, toDocketEntryView } from './docket-entry-view';
import { DerivationDocket } from '../derived/derivation-docket';
import { DocketDerivationsService } from '../derived/docket-derivations.service';

const INSERT_CHUNK = 500;

interface WritePlan {
  inserts: DocketEntry[];
  /** `entry` is the loaded row the changes are applied to once written. */
  updates: { id: string; changes: Partial<DocketEntry>; entry: DocketEntry }[];
  events: NewDomainEvent[];
  /** Per case, the entries created or whose content changed: the ones the search index must follow. */
  changedEntryIds: Map<string, string[]>;
  /** Per case, the texts of the changed entries before their change. */
  replacedTexts: Map<string, Pick<DocketEntry, 'description' | 'shortDescription'>[]>;
}

@Injectable()
export class DocketEntriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly motionRulings: MotionRulingsService,
    private readonly derivations: DocketDerivationsService,
  ) {}

  /**
   * Merges entries into a case's docket inside the caller's transaction: new entries are inserted,
   * changed ones updated, and each becomes a `docket_entry.created` / `docket_entry.updated`
   * domain event in the same transaction. Importing the same entries again changes nothing.
   */
  async upsert(
    manager: EntityManager,
    caseId: string,
    inputs: DocketEntryInput[],
    options: UpsertDocketEntriesOptions,
  ): Promise<DocketEntriesUpsertResult> {
    return this.upsertMany(manager, [{ caseId, inputs, caseRef: options.caseRef }], options.source);
  }

  /** `upsert` for the entries of several cases at once (an RSS feed names hundreds), in a few queries. */
  async upsertMany(
    manager: EntityManager,
    batches: DocketBatch[],
    source: DocketEntrySource,
  ): Promise<DocketEntriesUpsertResult> {
    const result: DocketEntriesUpsertResult = { created: 0, updated: 0, unchanged: 0, events: 0 };
    const live = batches.filter((b) => b.inputs.length > 0);
    if (live.length === 0) return result;
    const caseIds = [...new Set(live.map((b) => b.caseId))].sort();
    // One writer per docket at a time (API, CLI and poller may import one case at once); locks taken in a fixed order.
    await lockKeys(
      manager,
      caseIds.map((id) => `docket:${id}`),
    );
    const existing = await manager.getRepository(DocketEntry).find({ where: { caseId: In(caseIds) } });
    const now = new Date();
    const plan: WritePlan = {
      inserts: [],
      updates: [],
      events: [],
      changedEntryIds: new Map(),
      replacedTexts: new Map(),
    };
    const byCase = new Map<string, DocketEntry[]>();
    for (const entry of existing) groupInto(byCase, entry);
    for (const batch of live) {
      const counts = this.planCase(batch, byCase.get(batch.caseId) ?? [], source, now, plan);
      result.created += counts.created;
      result.updated += counts.updated;
      result.unchanged += counts.unchanged;
    }
    for (let i = 0; i < plan.inserts.length; i += INSERT_CHUNK) {
      await manager.insert(DocketEntry, plan.inserts.slice(i, i + INSERT_CHUNK));
    }
    for (const { id, changes } of plan.updates) await manager.update(DocketEntry, { id }, changes);
    for (let i = 0; i < plan.events.length; i += INSERT_CHUNK) {
      await this.events.record(manager, plan.events.slice(i, i + INSERT_CHUNK));
    }
    // Motion links, hearings and the stage follow in the same transaction, from the entries loaded above
    // (with this upsert's changes applied): no second read of the docket.
    await this.derivations.afterUpsert(manager, dockets(existing, plan));
    // Search indexing follows in the same transaction, so an entry is never written without its job;
    // the job names the entries that changed, so a feed adding one entry does not re-index a whole docket.
    for (const [caseId, entryIds] of [...plan.changedEntryIds].sort(([a], [b]) => a.localeCompare(b))) {
      await this.jobs.send(JobName.SearchIndexDocket, { caseId, entryIds }, { manager });
    }
    result.events = plan.events.length;
    return result;
  }

  private planCase(
    batch: DocketBatch,
    existing: DocketEntry[],
    source: DocketEntrySource,
    now: Date,
    plan: WritePlan,
  ): ChangeCounts {
    const counts = emptyCounts();
    const { caseId, inputs } = batch;
    const options = { source, caseRef: batch.caseRef };
    const byKey = new Map(existing.map((e) => [e.naturalKey, e]));
    const bySeq = new Map(existing.filter((e) => e.pacerSeqNo).map((e) => [e.pacerSeqNo as string, e]));
    const byDoc = new Map(existing.filter((e) => e.pacerDocId).map((e) => [e.pacerDocId as string, e]));
    const claimed = new Set<string>();
    const keys = naturalKeys(inputs);
    const changed: string[] = [];

    for (const [i, input] of inputs.entries()) {
      const key = keys[i];
      const match = [
        byKey.get(key),
        input.pacerSeqNo ? bySeq.get(input.pacerSeqNo) : undefined,
        input.pacerDocId ? byDoc.get(input.pacerDocId) : undefined,
      ].find((e): e is DocketEntry => e !== undefined && !claimed.has(e.id) && sameNumberOrUnknown(e, input));
      const sortOrder = input.sortOrder ?? (input.entryNumber ?? 0) * 1000;
      if (!match) {
        const content = contentOfInput(input);
        const row = Object.assign(new DocketEntry(), {
          ...content,
          id: randomUUID(),
          caseId,
          naturalKey: key,
          source,
          sources: [source],
          sortOrder,
          contentHash: contentHash(content),
          firstSeenAt: now,
          lastChangedAt: now,
        });
        plan.inserts.push(row);
        changed.push(row.id);
        claimed.add(row.id);
        byKey.set(key, row);
        plan.events.push(this.event(DomainEventType.DocketEntryCreated, caseId, row, content, options));
        counts.created += 1;
        continue;
      }
      claimed.add(match.id);
      const merged = mergeEntry(match, input, source);
      const hash = contentHash(merged.content);
      const changes: Partial<DocketEntry> = {};
      if (match.naturalKey !== key && !byKey.has(key)) changes.naturalKey = key;
      if (merged.source === source && match.sortOrder !== sortOrder) changes.sortOrder = sortOrder;
      // Every source is recorded; a new source alone is not a change of the entry (no event).
      const known = match.sources ?? [];
      if (!known.includes(source)) {
        changes.sources = [...known, source];
        match.sources = changes.sources;
      }
      if (hash === match.contentHash) {
        counts.unchanged += 1;
      } else {
        const fields = changedFields(match, merged.content);
        Object.assign(changes, merged.content, { source: merged.source, contentHash: hash, lastChangedAt: now });
        plan.events.push(
          this.event(DomainEventType.DocketEntryUpdated, caseId, match, merged.content, options, {
            changed: fields,
            previous: Object.fromEntries(fields.map((field) => [field, match[field]])),
          }),
        );
        counts.updated += 1;
        changed.push(match.id);
        const replaced = plan.replacedTexts.get(caseId) ?? [];
        replaced.push({ description: match.description, shortDescription: match.shortDescription });
        plan.replacedTexts.set(caseId, replaced);
      }
      if (Object.keys(changes).length > 0) plan.updates.push({ id: match.id, changes, entry: match });
    }
    if (changed.length > 0) plan.changedEntryIds.set(caseId, [...(plan.changedEntryIds.get(caseId) ?? []), ...changed]);
    return counts;
  }

  /** A case's docket in docket order (filing date, then entry number), with filters and a cursor. */
  async list(idOrSlug: string, query: ListDocketQuery): Promise<Page<DocketEntryView>> {
    const found = await this.cases.findEntity(idOrSlug);
    const limit = pageLimit(query, 100);
    const qb = this.dataSource
      .getRepository(DocketEntry)
      .createQueryBuilder('e')
      .where('e.case_id = :caseId', { caseId: found.id });
    if (query.dateFrom) qb.andWhere('e.date_filed >= :dateFrom::date', { dateFrom: query.dateFrom });
    if (query.dateTo) qb.andWhere('e.date_filed <= :dateTo::date', { dateTo: query.dateTo });
    if (query.entryType) qb.andWhere('e.entry_type = :entryType', { entryType: query.entryType });
    if (query.cursor) {
      const after = decodeCursor(query.cursor, { d: 'date', s: 'int', id: 'uuid' });
      qb.andWhere('(e.date_filed, e.sort_order, e.id) > (:d::date, :s::int, :id::uuid)', after);
    }
    const rows = await qb
      .orderBy('e.date_filed', 'ASC')
      .addOrderBy('e.sort_order', 'ASC')
      .addOrderBy('e.id', 'ASC')
      .take(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (last) => ({ d: last.dateFiled, s: last.sortOrder, id: last.id }));
    const links = await this.motionRulings.linksFor(page.items);
    return { items: page.items.map((e) => toDocketEntryView(e, links.get(e.id))), nextCursor: page.nextCursor };
  }

  private event(
    type: DomainEventType,
    caseId: string,
    entry: DocketEntry,
    content: EntryContent,
    options: UpsertDocketEntriesOptions,
    extra: Record<string, unknown> = {},
  ): NewDomainEvent {
    return {
      type,
      caseId,
      subjectId: entry.id,
      payload: {
        v: 1,
        source: options.source,
        court: options.caseRef.courtId,
        docketNumber: options.caseRef.docketNumber,
        entry: {
          id: entry.id,
          entryNumber: content.entryNumber,
          dateFiled: content.dateFiled,
          entryType: content.entryType,
          description: content.description,
          shortDescription: content.shortDescription,
          pacerDocId: content.pacerDocId,
          pacerSeqNo: content.pacerSeqNo,
        },
        ...extra,
      },
    };
  }
}

/**
 * Each changed case's docket as now stored: the rows loaded before the upsert with its updates applied,
 * plus its inserts.
 */
function dockets(existing: DocketEntry[], plan: WritePlan): DerivationDocket[] {
  for (const { entry, changes } of plan.updates) Object.assign(entry, changes);
  const byId = new Map<string, DocketEntry>();
  for (const entry of [...existing, ...plan.inserts]) byId.set(entry.id, entry);
  const byCase = new Map<string, DocketEntry[]>();
  for (const entry of byId.values()) groupInto(byCase, entry);
  return [...plan.changedEntryIds].map(([caseId, ids]) => ({
    caseId,
    entries: byCase.get(caseId) ?? [],
    changed: [...new Set(ids)].map((id) => byId.get(id)).filter((e): e is DocketEntry => e !== undefined),
    replacedTexts: plan.replacedTexts.get(caseId) ?? [],
  }));
}

function groupInto(byCase: Map<string, DocketEntry[]>, entry: DocketEntry): void {
  const list = byCase.get(entry.caseId);
  if (list) list.push(entry);
  else byCase.set(entry.caseId, [entry]);
}

/** A sequence number or document id match is trusted only when the entry numbers do not disagree. */
function sameNumberOrUnknown(entry: DocketEntry, input: DocketEntryInput): boolean {
  return entry.entryNumber === null || input.entryNumber === null || entry.entryNumber === input.entryNumber;
}
