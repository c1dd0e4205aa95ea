import * as fs from 'node:fs';
import { DomainEvent } from '@casetrail/events';
import { corpusPath, createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CasesError } from '../cases-error';
import { CASES_ENTITIES } from '../cases.entities';
import { CasesModule } from '../cases.module';
import { DocketDerivationsService } from '../derived/docket-derivations.service';
import { DocketEntriesService } from '../docket/docket-entries.service';
import { DocketEntryInput } from '../docket/docket-entry-input';
import { DocketEntrySource } from '../docket/docket-entry.entity';
import { SeedService } from '../seed/seed.service';
import { MotionAnalyticsService } from './motion-analytics.service';
import { MotionRuling } from './motion-ruling.entity';
import { MotionType } from './motion-type';

const entry = (entryNumber: number | null, dateFiled: string, description: string): DocketEntryInput => ({
  entryNumber,
  dateFiled,
  description,
  entryType: 'other',
});

interface Labels {
  rulings: { file: string; index: number; decides: { motion: string; disposition: string }[] }[];
}

describe('motion rulings on the docket (PostgreSQL)', () => {
  let ctx: TestContext;
  let dataSource: DataSource;
  let docket: DocketEntriesService;

  const write = (c: Case, inputs: DocketEntryInput[]) =>
    dataSource.transaction((manager) =>
      docket.upsert(manager, c.id, inputs, {
        source: DocketEntrySource.DocketReport,
        caseRef: { courtId: c.courtId, docketNumber: c.docketNumber },
      }),
    );
  const caseBySlug = (slug: string) => dataSource.getRepository(Case).findOneByOrFail({ slug });
  const byNumber = async (c: Case) =>
    new Map((await docket.list(c.id, { limit: 500 })).items.map((e) => [e.entryNumber, e]));

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule], entities: [...CASES_ENTITIES, DomainEvent] });
    dataSource = ctx.app.get(DataSource);
    docket = ctx.app.get(DocketEntriesService);
    await ctx.app.get(SeedService).seed();
  });

  afterAll(() => ctx.close());

  it('links an order to a motion that arrives later, and follows the order when its text changes', async () => {
    const c = await caseBySlug('bartz-v-anthropic');
    await write(c, [
      entry(20, '2024-11-03', 'ORDER granting 19 Motion for Leave to File. Signed by Judge X on 11/3/24.'),
    ]);
    let entries = await byNumber(c);
    expect(entries.get(20)?.rulesOn).toEqual([
      { entryNumber: '19', entryId: null, disposition: 'granted', span: 'granting 19' },
    ]);

    await write(c, [entry(19, '2024-11-01', 'MOTION for Leave to File Responsive Brief filed by Andrea Bartz.')]);
    entries = await byNumber(c);
    const motion = entries.get(19);
    expect(entries.get(20)?.rulesOn[0].entryId).toBe(motion?.id);
    expect(motion?.ruledBy).toEqual([
      { entryId: entries.get(20)?.id, entryNumber: '20', dateFiled: '2024-11-03', disposition: 'granted' },
    ]);
    expect(motion?.motionType).toBe(MotionType.Other);
    expect(entries.get(20)?.motionType).toBeNull();

    await write(c, [entry(20, '2024-11-03', 'ORDER denying as moot 19 Motion for Leave to File.')]);
    entries = await byNumber(c);
    expect(entries.get(20)?.rulesOn.map((r) => r.disposition)).toEqual(['moot']);
    expect(entries.get(19)?.ruledBy.map((r) => r.disposition)).toEqual(['moot']);
  });

  it('imports odd and contradictory text without failing, and links nothing it cannot read', async () => {
    const c = await caseBySlug('kadrey-v-meta');
    const result = await write(c, [
      entry(5, '2024-01-02', 'ORDER granting and denying; the Motion is GRANTED; Motion - Denied'),
      entry(6, '2024-01-03', 'ORDER granting 99999 Motion ' + 'x'.repeat(50_000)),
      entry(7, '2024-01-04', 'Minute Entry: Pending motions are withdrawn.'),
      entry(8, '2024-01-05', 'ORDER granting 8 Motion to Seal.'),
    ]);
    expect(result.created).toBe(4);
    const rulings = await dataSource.getRepository(MotionRuling).findBy({ caseId: c.id });
    // Only the number that was named; and an order citing its own number names no motion.
    expect(rulings.map((r) => [r.motionNumber, r.motionEntryId])).toEqual([[99999, null]]);
  });

  it('stores exactly the hand-labelled links of a real docket report (utd) and ties them to the motions on it', async () => {
    const c = await caseBySlug('concord-music-v-anthropic');
    const report = JSON.parse(fs.readFileSync(corpusPath('pacer', 'dockets', 'utd.json'), 'utf8')) as {
      docket_entries: {
        document_number: string | null;
        date_filed: string;
        description: string;
        pacer_seq_no?: string | null;
      }[];
    };
    await write(
      c,
      report.docket_entries.map((e, i) => ({
        ...entry(e.document_number ? Number(e.document_number) : null, e.date_filed, e.description),
        pacerSeqNo: e.pacer_seq_no ?? null,
        sortOrder: i,
      })),
    );
    const labels = JSON.parse(fs.readFileSync(`${__dirname}/testdata/motion-rulings.labels.json`, 'utf8')) as Labels;
    const expected = labels.rulings
      .filter((r) => r.file === 'utd.json')
      .flatMap((r) =>
        r.decides.map((d) => `${report.docket_entries[r.index].document_number}>${d.motion}:${d.disposition}`),
      )
      .sort();
    const stored = (await dataSource.query(
      `SELECT e.entry_number AS ruling, r.motion_number AS motion, r.disposition, r.motion_entry_id
         FROM motion_rulings r JOIN docket_entries e ON e.id = r.ruling_entry_id WHERE r.case_id = $1`,
      [c.id],
    )) as { ruling: number; motion: number; disposition: string; motion_entry_id: string | null }[];
    expect(stored.map((r) => `${r.ruling}>${r.motion}:${r.disposition}`).sort()).toEqual(expected);
    const numbers = new Set(
      report.docket_entries
        .map((e) => e.document_number)
        .filter((n) => n !== null)
        .map(Number),
    );
    for (const r of stored) expect(r.motion_entry_id !== null).toBe(numbers.has(r.motion));

    const analytics = await ctx.app.get(MotionAnalyticsService).motions({ case: c.slug });
    const counts = Object.fromEntries(analytics.byDisposition.map((d) => [d.disposition, d.count]));
    const labelled = labels.rulings
      .filter((r) => r.file === 'utd.json')
      .flatMap((r) => r.decides.map((d) => d.disposition));
    for (const d of ['granted', 'denied', 'moot', 'granted_in_part', 'withdrawn', 'terminated']) {
      expect(counts[d]).toBe(labelled.filter((x) => x === d).length);
    }
    expect(analytics.rulings).toBe(expected.length);
  });

  it('rebuilds the links of entries imported before the links existed', async () => {
    const c = await caseBySlug('concord-music-v-anthropic');
    const links = async () =>
      (await dataSource.getRepository(MotionRuling).findBy({ caseId: c.id }))
        .map((r) => `${r.rulingEntryId}>${r.motionNumber}:${r.disposition}@${r.motionEntryId}`)
        .sort();
    const before = await links();
    expect(before.length).toBeGreaterThan(0);
    await dataSource.query('DELETE FROM motion_rulings WHERE case_id = $1', [c.id]);
    expect(await links()).toEqual([]);
    await ctx.app.get(DocketDerivationsService).rederive([c.id]);
    expect(await links()).toEqual(before);
  });

  it('refuses an analytics case that is not tracked', async () => {
    await expect(ctx.app.get(MotionAnalyticsService).motions({ case: 'no-such-case' })).rejects.toBeInstanceOf(
      CasesError,
    );
  });
});
