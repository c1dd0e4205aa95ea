import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEventType, EventsService, NewDomainEvent } from '@casetrail/events';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CasesService } from '../cases/cases.service';
import { DocketEntry } from '../docket/docket-entry.entity';
import { DerivationEntry } from '../derived/derivation-docket';
import { CaseHearing } from './case-hearing.entity';
import { courtToday, singleCourtTimeZone } from '../courts/court-time-zones';
import { deriveHearings, DerivedHearing } from './derive-hearings';
import { HearingList } from './hearing-view';
import { hearingViews } from './next-hearing';
import { ListHearingsQuery } from './hearings.dto';

// Cheap test before re-deriving a case: only entries with one of these words can change a hearing.
const MAY_MENTION =
  /\b(?:set|reset|continued|rescheduled|adjourned|moved|due|held|vacated|cancell?ed|stricken|terminated)\b/i;

/**
 * Keeps `case_hearings` in step with the docket: after a docket upsert, `DocketDerivationsService`
 * re-derives the hearings of the cases whose new or changed entries may mention one, in the import's
 * transaction, from the entries the upsert holds, and `hearing.scheduled` / `hearing.rescheduled` are
 * recorded for what changed.
 */
@Injectable()
export class HearingsService {
  private readonly logger = new Logger(HearingsService.name);
  /** Today, for "upcoming" and for which hearings are news; tests set a fixed day. */
  now: () => Date = () => new Date();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly cases: CasesService,
  ) {}

  /** Whether an entry's text can change a hearing at all: the cheap test before re-deriving a case. */
  static mayMention(entry: Pick<DerivationEntry, 'description' | 'shortDescription'>): boolean {
    return MAY_MENTION.test(`${entry.description ?? ''} ${entry.shortDescription ?? ''}`);
  }

  /**
   * Re-derives a case after a docket upsert inside a savepoint: a failure is logged and rolled back
   * alone, never the import (outside a transaction there is nothing to roll back to).
   */
  async refreshAfterUpsert(manager: EntityManager, caseId: string, docket: DerivationEntry[]): Promise<void> {
    const now = this.now();
    if (manager.queryRunner?.isTransactionActive !== true) {
      await this.rederive(manager, caseId, now, docket);
      return;
    }
    await manager.query('SAVEPOINT case_hearings');
    try {
      await this.rederive(manager, caseId, now, docket);
      await manager.query('RELEASE SAVEPOINT case_hearings');
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT case_hearings');
      this.logger.error(`hearings of case ${caseId} not derived: ${(error as Error).message}`);
    }
  }

  /**
   * Replays the case's docket (`docket` when the caller holds it, else read) into its hearings: rows
   * keep their ids; changes become domain events.
   */
  async rederive(
    manager: EntityManager,
    caseId: string,
    now = this.now(),
    docket?: DerivationEntry[],
  ): Promise<NewDomainEvent[]> {
    const owner = await manager.getRepository(Case).findOneBy({ id: caseId });
    if (!owner) return [];
    const entries =
      docket ??
      (await manager.getRepository(DocketEntry).find({
        where: { caseId },
        select: {
          id: true,
          dateFiled: true,
          sortOrder: true,
          description: true,
          shortDescription: true,
          entryNumber: true,
        },
      }));
    const derived = deriveHearings(
      entries.map((e) => ({
        id: e.id,
        dateFiled: e.dateFiled,
        sortOrder: e.sortOrder,
        // A report's full text when there is one; a feed item only has its summary.
        text: e.description || e.shortDescription || '',
      })),
    );
    const repo = manager.getRepository(CaseHearing);
    const stored = new Map((await repo.find({ where: { caseId } })).map((h) => [h.naturalKey, h]));
    const timeZone = singleCourtTimeZone(owner.courtId);
    const entryById = new Map(entries.map((e) => [e.id, e]));
    // Hearing dates are the court's dates: "ahead" is from the court's today, not UTC's.
    const today = courtToday(owner.courtId, now);
    const events: NewDomainEvent[] = [];
    for (const hearing of derived) {
      const row = stored.get(hearing.naturalKey);
      stored.delete(hearing.naturalKey);
      const fields = rowFields(hearing, timeZone);
      if (!row) {
        const created = await repo.save(repo.create({ id: randomUUID(), caseId, ...fields }));
        if (hearing.status !== 'held' && hearing.status !== 'vacated' && isAhead(created, today)) {
          events.push(hearingEvent(DomainEventType.HearingScheduled, created, entryById, owner));
        }
        continue;
      }
      const moved = row.date !== fields.date || row.time !== fields.time || row.status !== fields.status;
      const previous = { date: row.date, time: row.time, status: row.status };
      if (moved || row.sequence !== fields.sequence || row.lastChangedByEntryId !== fields.lastChangedByEntryId) {
        Object.assign(row, fields);
        await repo.save(row);
      }
      if (moved && row.status !== 'held' && (isAhead(row, today) || (previous.date ?? '') >= today)) {
        events.push(hearingEvent(DomainEventType.HearingRescheduled, row, entryById, owner, previous));
      }
    }
    // A hearing no entry mentions any more (an entry's text was corrected) goes.
    if (stored.size > 0) await repo.delete({ id: In([...stored.values()].map((h) => h.id)) });
    await this.events.record(manager, events);
    return events;
  }

  /** A case's hearings and deadlines: upcoming ones (from the court's today) unless `all`, in date order. */
  async list(idOrSlug: string, options: ListHearingsQuery = {}): Promise<HearingList> {
    const found = await this.cases.findEntity(idOrSlug);
    return {
      items: await hearingViews(this.dataSource.manager, found, { upcomingAt: options.all ? undefined : this.now() }),
    };
  }
}

function isAhead(h: Pick<CaseHearing, 'date'>, today: string): boolean {
  return h.date === null || h.date >= today;
}

function rowFields(h: DerivedHearing, timeZone: string | null) {
  return {
    naturalKey: h.naturalKey,
    kind: h.kind,
    what: h.what,
    label: h.label,
    status: h.status,
    date: h.date,
    time: h.time,
    timeZone,
    setByEntryId: h.setByEntryId,
    lastChangedByEntryId: h.lastChangedByEntryId,
    sequence: h.sequence,
    history: h.history,
  };
}

function hearingEvent(
  type: DomainEventType,
  h: CaseHearing,
  entries: Map<string, DerivationEntry>,
  owner: Case,
  previous?: { date: string | null; time: string | null; status: string },
): NewDomainEvent {
  const source = entries.get(h.lastChangedByEntryId);
  return {
    type,
    caseId: h.caseId,
    subjectId: h.id,
    payload: {
      v: 1,
      court: owner.courtId,
      docketNumber: owner.docketNumber,
      hearing: {
        id: h.id,
        kind: h.kind,
        what: h.what,
        label: h.label,
        status: h.status,
        date: h.date,
        time: h.time,
        timeZone: h.timeZone,
        sequence: h.sequence,
      },
      entry: source
        ? {
            id: source.id,
            entryNumber: source.entryNumber,
            dateFiled: source.dateFiled,
            description: source.description || source.shortDescription || '',
          }
        : null,
      ...(previous ? { previous } : {}),
    },
  };
}
