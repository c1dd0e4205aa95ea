import { EntityManager, In } from 'typeorm';
import { Case } from '../cases/case.entity';
import { courtToday } from '../courts/court-time-zones';
import { DocketEntry } from '../docket/docket-entry.entity';
import { CaseHearing } from './case-hearing.entity';
import { HearingView, toHearingView } from './hearing-view';

/**
 * The case's next hearing (not a deadline) on or after the court's today at `now`, scheduled or
 * rescheduled, for the case view.
 */
export async function nextHearingOf(
  manager: EntityManager,
  owner: Pick<Case, 'id' | 'courtId'>,
  now: Date,
): Promise<HearingView | null> {
  const row = await manager
    .getRepository(CaseHearing)
    .createQueryBuilder('h')
    .where('h.case_id = :caseId', { caseId: owner.id })
    .andWhere("h.kind = 'hearing' AND h.status IN ('scheduled', 'rescheduled')")
    .andWhere('h.date >= :today::date', { today: courtToday(owner.courtId, now) })
    .orderBy('h.date', 'ASC')
    .addOrderBy('h.time', 'ASC', 'NULLS LAST')
    .addOrderBy('h.id')
    .getOne();
  if (!row) return null;
  const entries = await manager
    .getRepository(DocketEntry)
    .find({ where: { id: In([row.setByEntryId, row.lastChangedByEntryId]) } });
  return toHearingView(row, new Map(entries.map((e) => [e.id, e])));
}
