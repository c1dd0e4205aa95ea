import { DomainEvent } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CasesError } from '../cases-error';
import { CASES_ENTITIES } from '../cases.entities';
import { CasesModule } from '../cases.module';
import { DocketEntriesService } from '../docket/docket-entries.service';
import { DocketEntryInput } from '../docket/docket-entry-input';
import { DocketEntrySource } from '../docket/docket-entry.entity';
import { SeedService } from '../seed/seed.service';
import { DocketDerivationsService } from './docket-derivations.service';

const entry = (entryNumber: number | null, dateFiled: string, description: string): DocketEntryInput => ({
  entryNumber,
  dateFiled,
  description,
  entryType: 'other',
});

describe('re-deriving motion links, hearings and stage from stored docket entries (PostgreSQL)', () => {
  let ctx: TestContext;
  let dataSource: DataSource;

  const derivedState = async (caseId: string) => ({
    links: (
      await dataSource.query<{ l: string }[]>(
        `SELECT ruling_entry_id || '>' || motion_number || ':' || disposition || '@' || coalesce(motion_entry_id::text, '-') AS l
           FROM motion_rulings WHERE case_id = $1 ORDER BY 1`,
        [caseId],
      )
    ).map((r) => r.l),
    hearings: (
      await dataSource.query<{ h: string }[]>(
        `SELECT id || ' ' || kind || ' ' || coalesce(date::text, '-') || ' ' || status || ' ' || sequence AS h
           FROM case_hearings WHERE case_id = $1 ORDER BY 1`,
        [caseId],
      )
    ).map((r) => r.h),
    stage: (await dataSource.query<{ stage: string | null }[]>('SELECT stage FROM cases WHERE id = $1', [caseId]))[0]
      ?.stage,
  });

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule], entities: [...CASES_ENTITIES, DomainEvent] });
    dataSource = ctx.app.get(DataSource);
    await ctx.app.get(SeedService).seed();
  });

  afterAll(() => ctx.close());

  it('restores what was lost, keeps hearing ids, and changes nothing on a second run', async () => {
    const c = await dataSource.getRepository(Case).findOneByOrFail({ slug: 'bartz-v-anthropic' });
    await dataSource.transaction((manager) =>
      ctx.app
        .get(DocketEntriesService)
        .upsert(
          manager,
          c.id,
          [
            entry(300, '2099-01-05', 'MOTION to Dismiss for Failure to State a Claim filed by Anthropic PBC.'),
            entry(301, '2099-01-06', 'Motion Hearing set for 3/5/2099 10:00 AM before Judge William Alsup.'),
            entry(
              302,
              '2099-02-01',
              'ORDER granting 300 Motion to Dismiss. Signed by Judge William Alsup on 2/1/2099.',
            ),
          ],
          { source: DocketEntrySource.DocketReport, caseRef: { courtId: c.courtId, docketNumber: c.docketNumber } },
        ),
    );
    const imported = await derivedState(c.id);
    // What the import hooks derived is what this test expects the re-derivation to restore.
    expect(imported.links.some((l) => l.includes('>300:granted@'))).toBe(true);
    expect(imported.hearings.some((h) => h.includes(' 2099-03-05 '))).toBe(true);
    expect(imported.stage).not.toBeNull();

    await dataSource.query('DELETE FROM motion_rulings WHERE case_id = $1', [c.id]);
    await dataSource.query(`UPDATE case_hearings SET status = 'vacated', date = NULL WHERE case_id = $1`, [c.id]);
    const otherStage = imported.stage === 'trial' ? 'appeal' : 'trial';
    await dataSource.query(`UPDATE cases SET stage = $2, stage_source = NULL WHERE id = $1`, [c.id, otherStage]);
    expect(await derivedState(c.id)).not.toEqual(imported);

    const [first] = await ctx.app.get(DocketDerivationsService).rederive(['bartz-v-anthropic']);
    expect(first).toMatchObject({ caseId: c.id, slug: 'bartz-v-anthropic', stage: imported.stage });
    expect(first?.motionLinks).toBe(imported.links.length);
    expect(await derivedState(c.id)).toEqual(imported);

    const [second] = await ctx.app.get(DocketDerivationsService).rederive([c.id]);
    expect(second?.hearingEvents).toBe(0);
    expect(await derivedState(c.id)).toEqual(imported);
  });

  it('refuses an unknown case before touching any other', async () => {
    const c = await dataSource.getRepository(Case).findOneByOrFail({ slug: 'bartz-v-anthropic' });
    await dataSource.query(`UPDATE cases SET stage = 'trial' WHERE id = $1`, [c.id]);
    await expect(
      ctx.app.get(DocketDerivationsService).rederive(['bartz-v-anthropic', 'no-such-case']),
    ).rejects.toBeInstanceOf(CasesError);
    expect((await derivedState(c.id)).stage).toBe('trial');
  });
});
