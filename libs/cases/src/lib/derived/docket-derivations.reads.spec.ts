import { DomainEvent, DomainEventType } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CASES_ENTITIES } from '../cases.entities';
import { CasesModule } from '../cases.module';
import { Court } from '../courts/court.entity';
import { DocketEntriesService } from '../docket/docket-entries.service';
import { DocketEntryInput } from '../docket/docket-entry-input';
import { DocketEntrySource } from '../docket/docket-entry.entity';
import { HearingsService } from '../hearings/hearings.service';
import { CaseRecordsService } from '../records/case-records.service';
import { DocketDerivationsService } from './docket-derivations.service';

const PAGES = 20;
const PER_PAGE = 25;

/** A day of 2031 (all ahead of the test's "today"), `n` days after 1 January. */
const day = (n: number) => {
  const d = new Date(Date.UTC(2031, 0, 1 + n));
  return { iso: d.toISOString().slice(0, 10), us: `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}` };
};

/**
 * Entry n of the generated docket: motions, orders ruling on the motion just before them (on the page
 * before, at a page's first entry) or on one that arrives 100 entries later, hearings set, and resets.
 */
function entry(n: number): DocketEntryInput {
  const base = { entryNumber: n, dateFiled: day(n).iso, entryType: 'other' };
  switch (n % 10) {
    case 0:
      return { ...base, description: 'MOTION to Dismiss for Failure to State a Claim filed by Defendant.' };
    case 1:
      return { ...base, description: `ORDER granting ${n - 1} Motion to Dismiss. Signed by Judge Alsup.` };
    case 2:
    case 5:
      return { ...base, description: `Motion Hearing set for ${day(n + 400).us} 10:00 AM before Judge Alsup.` };
    case 3:
      return { ...base, description: `ORDER denying ${n + 97} Motion to Dismiss as moot. Signed by Judge Alsup.` };
    case 7:
      return {
        ...base,
        description: `ORDER: The Motion Hearing set for ${day(n - 5 + 400).us} is reset to ${day(n + 800).us} at 2:00 PM.`,
      };
    default:
      return { ...base, description: `NOTICE of Appearance by attorney ${n} on behalf of Defendant.` };
  }
}

interface Reads {
  statements: number;
  rows: number;
}

describe('a docket upserted in 20 pages reads each stored entry once per page (PostgreSQL)', () => {
  let ctx: TestContext;
  let dataSource: DataSource;
  let target: Case;
  const perPage: Reads[] = [];

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule], entities: [...CASES_ENTITIES, DomainEvent] });
    dataSource = ctx.app.get(DataSource);
    ctx.app.get(HearingsService).now = () => new Date('2030-06-01T12:00:00Z');
    const records = ctx.app.get(CaseRecordsService);
    target = await dataSource.transaction(async (manager) => {
      await records.createCourt(
        manager,
        Object.assign(new Court(), {
          id: 'cand',
          name: 'N.D. Cal.',
          shortName: 'N.D. Cal.',
          country: 'US',
          level: 'district',
        }),
      );
      const [created] = await records.createCases(manager, [
        { courtId: 'cand', docketNumber: '3:30-cv-00001', caseName: 'Paged v. Docket' },
      ]);
      return created;
    });

    // Every statement any query runner sends is seen here; those reading docket_entries are counted with their rows.
    const runner = dataSource.createQueryRunner();
    const proto = Object.getPrototypeOf(runner) as { query: (...args: unknown[]) => Promise<unknown> };
    await runner.release();
    const original = proto.query;
    let current: Reads = { statements: 0, rows: 0 };
    const spy = jest.spyOn(proto, 'query').mockImplementation(async function (this: unknown, ...args: unknown[]) {
      const result = await original.apply(this, args);
      const sql = String(args[0]);
      if (/\bFROM\s+"?docket_entries"?/i.test(sql)) {
        current.statements += 1;
        const records = Array.isArray(result) ? result : (result as { records?: unknown[] }).records;
        current.rows += Array.isArray(records) ? records.length : 0;
      }
      return result;
    });
    try {
      for (let page = 0; page < PAGES; page += 1) {
        current = { statements: 0, rows: 0 };
        const inputs = Array.from({ length: PER_PAGE }, (_, i) => entry(page * PER_PAGE + i + 1));
        await dataSource.transaction((manager) =>
          ctx.app.get(DocketEntriesService).upsert(manager, target.id, inputs, {
            source: DocketEntrySource.CourtListener,
            caseRef: { courtId: target.courtId, docketNumber: target.docketNumber },
          }),
        );
        perPage.push(current);
      }
    } finally {
      spy.mockRestore();
    }
  });

  afterAll(() => ctx.close());

  it('issues one statement on docket_entries per page, so the statements grow linearly with the pages', () => {
    expect(perPage).toHaveLength(PAGES);
    expect(perPage.map((p) => p.statements)).toEqual(Array.from({ length: PAGES }, () => 1));
  });

  it('reads the entries stored before each page exactly once, not once per derived table', () => {
    // Page k (from 0) finds k × 25 entries stored; the links, hearings and stage read none of their own.
    expect(perPage.map((p) => p.rows)).toEqual(Array.from({ length: PAGES }, (_, k) => k * PER_PAGE));
  });

  it('derives from the pages what a full re-derivation of the stored docket derives, announcing each hearing once', async () => {
    const state = async () => ({
      links: (
        await dataSource.query<{ l: string }[]>(
          `SELECT r.motion_number || ':' || r.disposition || '@' || coalesce(m.entry_number::text, '-') AS l
             FROM motion_rulings r LEFT JOIN docket_entries m ON m.id = r.motion_entry_id
            WHERE r.case_id = $1 ORDER BY 1`,
          [target.id],
        )
      ).map((r) => r.l),
      hearings: (
        await dataSource.query<{ h: string }[]>(
          `SELECT id || ' ' || coalesce(date::text, '-') || ' ' || status || ' ' || sequence AS h
             FROM case_hearings WHERE case_id = $1 ORDER BY 1`,
          [target.id],
        )
      ).map((r) => r.h),
      stage: (await dataSource.query<{ stage: string }[]>('SELECT stage FROM cases WHERE id = $1', [target.id]))[0]
        ?.stage,
    });
    const paged = await state();
    const total = PAGES * PER_PAGE;
    // Orders on the motion before them (50), and on a motion 97 entries later when it is on the docket (40 of 50).
    expect(paged.links).toHaveLength(100);
    expect(paged.links.filter((l) => l.endsWith('@-'))).toHaveLength(10);
    expect(paged.links.filter((l) => l.startsWith('100:granted@100'))).toHaveLength(1);
    const sets = Array.from({ length: total }, (_, i) => i + 1).filter((n) => n % 10 === 2 || n % 10 === 5);
    // A reset announces a move only when its hearing was stored by an earlier page; a set and its reset in
    // one upsert make one new hearing, announced as scheduled.
    const pageOf = (n: number) => Math.floor((n - 1) / PER_PAGE);
    const resets = sets.filter((n) => n % 10 === 2 && pageOf(n) !== pageOf(n + 5));
    expect(paged.hearings).toHaveLength(sets.length);
    const announced = await dataSource.getRepository(DomainEvent).find({ where: { caseId: target.id } });
    const count = (type: DomainEventType) => announced.filter((e) => e.type === type).length;
    expect(count(DomainEventType.HearingScheduled)).toBe(sets.length);
    expect(count(DomainEventType.HearingRescheduled)).toBe(resets.length);

    await dataSource.query('DELETE FROM motion_rulings WHERE case_id = $1', [target.id]);
    expect(paged.stage).toBe('motion_to_dismiss');
    await dataSource.query(`UPDATE cases SET stage = 'appeal', stage_source = NULL WHERE id = $1`, [target.id]);
    const [again] = await ctx.app.get(DocketDerivationsService).rederive([target.id]);
    expect(again?.hearingEvents).toBe(0);
    expect(await state()).toEqual(paged);
  });
});
