import { EntityManager, In } from 'typeorm';
import { Case } from '../cases/case.entity';
import { courtToday } from '../courts/court-time-zones';
import { DocketEntry } from '../docket/docket-entry.entity';
import { CaseHearing } from './case-hearing.entity';
import { HearingKind } from './hearing-kinds';
import { HearingView, toHearingView } from './hearing-view';

export interface HearingViewsOptions {
  /** Only hearings still to come (scheduled or rescheduled, on or after the court's today at this instant). */
  upcomingAt?: Date;
  kind?: HearingKind;
  limit?: number;
}

/** A case's hearings and deadlines in date order (undated last), with the entries that set and last changed them. */
export async function hearingViews(
  manager: EntityManager,
  owner: Pick<Case, 'id' | 'courtId'>,
  options: HearingViewsOptions = {},
): Promise<HearingView[]> {
  const qb = manager.getRepository(CaseHearing).createQueryBuilder('h').where('h.case_id = :caseId', {
    caseId: owner.id,
  });
  if (options.upcomingAt) {
    qb.andWhere('h.date >= :today::date', { today: courtToday(owner.courtId, options.upcomingAt) });
    qb.andWhere("h.status IN ('scheduled', 'rescheduled')");
  }
  if (options.kind) qb.andWhere('h.kind = :kind', { kind: options.kind });
  qb.orderBy('h.date', 'ASC', 'NULLS LAST').addOrderBy('h.time', 'ASC', 'NULLS FIRST').addOrderBy('h.id');
  if (options.limit) qb.limit(options.limit);
  const rows = await qb.getMany();
  const entryIds = [...new Set(rows.flatMap((r) => [r.setByEntryId, r.lastChangedByEntryId]))];
  const entries = entryIds.length ? await manager.getRepository(DocketEntry).find({ where: { id: In(entryIds) } }) : [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  return rows.map((row) => toHearingView(row, byId));
}

/** The case's next hearing (not a deadline) still to come at `now`, for the case view. */
export async function nextHearingOf(
  manager: EntityManager,
  owner: Pick<Case, 'id' | 'courtId'>,
  now: Date,
): Promise<HearingView | null> {
  const [next] = await hearingViews(manager, owner, { upcomingAt: now, kind: 'hearing', limit: 1 });
  return next ?? null;
}
