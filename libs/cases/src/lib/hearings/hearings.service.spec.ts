import { DomainEvent, DomainEventType } from '@casetrail/events';
import { corpusPath, createTestContext, TestContext } from '@casetrail/testing';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CASES_ENTITIES } from '../cases.entities';
import { CasesModule } from '../cases.module';
import { Court } from '../courts/court.entity';
import { DocketEntriesService } from '../docket/docket-entries.service';
import { DocketEntryInput } from '../docket/docket-entry-input';
import { DocketEntry, DocketEntrySource } from '../docket/docket-entry.entity';
import { CaseRecordsService } from '../records/case-records.service';
import { SeedService } from '../seed/seed.service';
import { CaseHearing } from './case-hearing.entity';
import { HearingsService } from './hearings.service';

interface CorpusEntry {
  document_number: string | null;
  date_filed: string;
  description: string;
}

describe('HearingsService (PostgreSQL, through the docket upsert path)', () => {
  let ctx: TestContext;
  let dataSource: DataSource;
  let sut: HearingsService;
  let casd: Case;
  let bartz: Case;

  const write = (target: Case, inputs: DocketEntryInput[]) =>
    dataSource.transaction((manager) =>
      ctx.app.get(DocketEntriesService).upsert(manager, target.id, inputs, {
        source: DocketEntrySource.DocketReport,
        caseRef: { courtId: target.courtId, docketNumber: target.docketNumber },
      }),
    );
  const hearings = (target: Case) => dataSource.getRepository(CaseHearing).find({ where: { caseId: target.id } });
  const entryId = async (target: Case, n: number) =>
    (await dataSource.getRepository(DocketEntry).findOneByOrFail({ caseId: target.id, entryNumber: n })).id;
  const hearingEvents = (target: Case) =>
    dataSource.getRepository(DomainEvent).find({
      where: [
        { caseId: target.id, type: DomainEventType.HearingScheduled },
        { caseId: target.id, type: DomainEventType.HearingRescheduled },
      ],
      order: { id: 'ASC' },
    });
  const input = (entryNumber: number, dateFiled: string, description: string): DocketEntryInput => ({
    entryNumber,
    dateFiled,
    description,
    entryType: 'notice',
  });

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [CasesModule], entities: [...CASES_ENTITIES, DomainEvent] });
    dataSource = ctx.app.get(DataSource);
    sut = ctx.app.get(HearingsService);
    await ctx.app.get(SeedService).seed();
    bartz = await dataSource.getRepository(Case).findOneByOrFail({ slug: 'bartz-v-anthropic' });
    casd = await dataSource.transaction(async (manager) => {
      const records = ctx.app.get(CaseRecordsService);
      await records.createCourt(
        manager,
        Object.assign(new Court(), {
          id: 'casd',
          name: 'S.D. Cal.',
          shortName: 'S.D. Cal.',
          country: 'US',
          level: 'district',
        }),
      );
      const [created] = await records.createCases(manager, [
        { courtId: 'casd', docketNumber: '3:10-cr-05183', caseName: 'United States v. Torres Alcazar' },
      ]);
      return created;
    });
  });

  afterAll(() => ctx.close());

  describe('a real Southern District of California docket (casd_4), imported as of 1 August 2011', () => {
    beforeAll(async () => {
      sut.now = () => new Date('2011-08-01T12:00:00Z');
      const entries = (
        JSON.parse(fs.readFileSync(corpusPath('pacer', 'dockets', 'casd_4.json'), 'utf8')) as {
          docket_entries: CorpusEntry[];
        }
      ).docket_entries;
      await write(
        casd,
        entries
          .filter((e) => e.document_number)
          .map((e) => input(Number(e.document_number), e.date_filed, e.description)),
      );
    });

    it('follows the motion in limine hearing through four continuances as one hearing', async () => {
      // #27 sets it for 12/2/2011; #40, #44 continue it, #48 reschedules it, #53 resets 5/11/2012 to 5/14/2012 11:00.
      const limine = (await hearings(casd)).filter((h) => h.label.includes('Limine'));
      expect(limine).toHaveLength(1);
      expect(limine[0]).toMatchObject({
        kind: 'hearing',
        what: 'motion_hearing',
        status: 'rescheduled',
        date: '2012-05-14',
        time: '11:00',
        timeZone: 'America/Los_Angeles',
        sequence: 4,
        setByEntryId: await entryId(casd, 27),
        lastChangedByEntryId: await entryId(casd, 53),
      });
      expect(limine[0].history.map((h) => h.date)).toEqual([
        '2011-12-02',
        '2012-01-13',
        '2012-03-23',
        '2012-05-11',
        '2012-05-14',
      ]);
    });

    it('reads a sentencing reset five times and then held, and a vacated bond exoneration hearing', async () => {
      const all = await hearings(casd);
      // #54 sets sentencing for 7/27/2012; #60, #63, #66, #71 move it; #72 reports it held on 3/1/2013.
      const sentencing = all.filter((h) => h.what === 'sentencing');
      expect(sentencing).toHaveLength(1);
      expect(sentencing[0]).toMatchObject({
        status: 'held',
        date: '2013-03-01',
        time: '09:00',
        setByEntryId: await entryId(casd, 54),
        lastChangedByEntryId: await entryId(casd, 72),
      });
      // #27 sets the jury trial for 12/5/2011; #40 sets it for 1/23/2012 (one trial at a time: a reset),
      // #44 continues it to 4/2/2012, #48 reschedules it to 5/21/2012.
      const trials = all.filter((h) => h.what === 'trial');
      expect(trials).toHaveLength(1);
      expect(trials[0]).toMatchObject({
        status: 'rescheduled',
        date: '2012-05-21',
        time: '09:00',
        sequence: 3,
        setByEntryId: await entryId(casd, 27),
        lastChangedByEntryId: await entryId(casd, 48),
      });
      // #72 sets it for 5/10/2013; #75: "Bond exoneration hearing is vacated".
      const bond = all.find((h) => /bond exoneration/i.test(h.label));
      expect(bond).toMatchObject({
        status: 'vacated',
        date: '2013-05-10',
        setByEntryId: await entryId(casd, 72),
        lastChangedByEntryId: await entryId(casd, 75),
      });
    });

    it('announces only hearings on or after the import day, and nothing when the same docket comes again', async () => {
      const events = await hearingEvents(casd);
      const dates = events.map((e) => (e.payload['hearing'] as { date: string }).date);
      expect(dates.length).toBeGreaterThan(0);
      expect(dates.every((d) => d >= '2011-08-01')).toBe(true);
      const before = (await hearings(casd)).map((h) => `${h.id}|${h.date}|${h.sequence}`).sort();
      const entries = await dataSource.getRepository(DocketEntry).find({ where: { caseId: casd.id } });
      await dataSource.transaction((manager) => sut.rederive(manager, casd.id));
      expect((await hearings(casd)).map((h) => `${h.id}|${h.date}|${h.sequence}`).sort()).toEqual(before);
      expect(await hearingEvents(casd)).toHaveLength(events.length);
      expect(entries.length).toBeGreaterThan(70);
    });
  });

  describe('hand-written entries on the Bartz docket (N.D. Cal.), today being 5 December 2026', () => {
    beforeAll(() => {
      sut.now = () => new Date('2026-12-05T12:00:00Z');
    });

    it('keeps the id of a hearing that is reset, bumps its sequence and announces both steps', async () => {
      await write(bartz, [
        input(
          900,
          '2026-12-01',
          "CLERK'S NOTICE: Motion Hearing set for 4/23/2027 10:00 AM in San Francisco, Courtroom 12, 19th Floor before Judge William Alsup.",
        ),
      ]);
      const [first] = (await hearings(bartz)).filter((h) => h.date === '2027-04-23');
      expect(first).toMatchObject({ status: 'scheduled', time: '10:00', sequence: 0, timeZone: 'America/Los_Angeles' });
      await write(bartz, [
        input(901, '2026-12-04', 'ORDER: The Motion Hearing set for 4/23/2027 is reset to 5/7/2027 at 2:00 PM.'),
      ]);
      const moved = await dataSource.getRepository(CaseHearing).findOneByOrFail({ id: first.id });
      expect(moved).toMatchObject({ status: 'rescheduled', date: '2027-05-07', time: '14:00', sequence: 1 });
      expect(moved.setByEntryId).toBe(await entryId(bartz, 900));
      expect(moved.lastChangedByEntryId).toBe(await entryId(bartz, 901));

      const events = (await hearingEvents(bartz)).filter((e) => e.subjectId === first.id);
      expect(events.map((e) => e.type)).toEqual([DomainEventType.HearingScheduled, DomainEventType.HearingRescheduled]);
      expect(events[1].payload).toMatchObject({
        hearing: { id: first.id, date: '2027-05-07', time: '14:00', status: 'rescheduled', sequence: 1 },
        previous: { date: '2027-04-23', time: '10:00', status: 'scheduled' },
        entry: { entryNumber: 901 },
      });

      const upcoming = await sut.list('bartz-v-anthropic');
      expect(upcoming.items.find((h) => h.id === first.id)).toMatchObject({
        date: '2027-05-07',
        setBy: { entryNumber: 900 },
        lastChangedBy: { entryNumber: 901, description: expect.stringContaining('reset to 5/7/2027') },
      });
    });

    it('drops a hearing when the entry that set it is corrected to text that names none', async () => {
      await write(bartz, [
        input(920, '2026-12-02', 'Motion Hearing set for 6/10/2027 10:00 AM before Judge William Alsup.'),
      ]);
      expect((await hearings(bartz)).filter((h) => h.date === '2027-06-10')).toHaveLength(1);
      await write(bartz, [input(920, '2026-12-02', 'NOTICE of Appearance by Jane Roe on behalf of Anthropic PBC.')]);
      expect((await hearings(bartz)).filter((h) => h.date === '2027-06-10')).toEqual([]);
    });

    it('keeps a reset without its original as a hearing of its own, noting that the original is unknown', async () => {
      await write(bartz, [input(902, '2026-12-05', 'Case Management Conference reset to 2/11/2027 at 11:00 AM.')]);
      const [cmc] = (await hearings(bartz)).filter(
        (h) => h.what === 'case_management_conference' && h.date === '2027-02-11',
      );
      expect(cmc).toMatchObject({ status: 'rescheduled', sequence: 0, setByEntryId: await entryId(bartz, 902) });
      expect(cmc.history[0].note).toMatch(/no earlier entry/);
    });

    it('never lets odd or contradictory text break the import, and guesses nothing from it', async () => {
      const before = (await hearings(bartz)).length;
      const result = await write(bartz, [
        input(903, '2026-12-05', 'Motion Hearing set for 2/30/2027 10:00 AM.'),
        input(904, '2026-12-05', `Status Conference reset to ${'9'.repeat(400)} and set for set for due by held held.`),
        // Two pending motion hearings and a reset naming neither: not merged into either by guess.
        input(905, '2026-12-05', 'Motion Hearing set for 6/1/2027 09:00 AM. Motion Hearing set for 6/8/2027 09:00 AM.'),
        input(906, '2026-12-05', 'Motion Hearing reset to 7/1/2027 09:00 AM.'),
      ]);
      expect(result.created).toBe(4);
      const after = await hearings(bartz);
      expect(after.filter((h) => h.date === '2027-06-01' || h.date === '2027-06-08').map((h) => h.status)).toEqual([
        'scheduled',
        'scheduled',
      ]);
      expect(after.find((h) => h.date === '2027-07-01')?.history[0].note).toMatch(/no earlier entry/);
      expect(after).toHaveLength(before + 3);
    });

    it('commits the entries even when deriving hearings fails', async () => {
      // A real failure inside the import's transaction: PostgreSQL refuses every new hearing row, which
      // aborts the transaction until the savepoint is rolled back.
      await dataSource.query('ALTER TABLE case_hearings ADD CONSTRAINT test_refuse_hearings CHECK (false) NOT VALID');
      try {
        const result = await write(bartz, [input(907, '2026-12-05', 'Status Conference set for 3/3/2027 10:00 AM.')]);
        expect(result.created).toBe(1);
      } finally {
        await dataSource.query('ALTER TABLE case_hearings DROP CONSTRAINT test_refuse_hearings');
      }
      expect(await dataSource.getRepository(DocketEntry).countBy({ caseId: bartz.id, entryNumber: 907 })).toBe(1);
      expect((await hearings(bartz)).filter((h) => h.date === '2027-03-03')).toEqual([]);
    });
  });

  describe("the court's today at the day boundary: 17:00 in San Francisco on 4 March 2027 is 5 March in UTC", () => {
    const localFivePm = new Date('2027-03-05T01:00:00Z');
    const nextLocalMorning = new Date('2027-03-05T08:30:00Z');

    it('announces a hearing dated the local today and lists it as upcoming until the local day ends', async () => {
      sut.now = () => localFivePm;
      await write(bartz, [
        input(950, '2027-03-01', 'Pretrial Conference set for 3/4/2027 04:30 PM in San Francisco before Judge Alsup.'),
      ]);
      const [today] = (await hearings(bartz)).filter((h) => h.date === '2027-03-04');
      expect(today).toMatchObject({ what: 'pretrial_conference', status: 'scheduled', time: '16:30' });
      const announced = (await hearingEvents(bartz)).filter((e) => e.subjectId === today.id);
      expect(announced.map((e) => e.type)).toEqual([DomainEventType.HearingScheduled]);
      expect((await sut.list('bartz-v-anthropic')).items.map((h) => h.id)).toContain(today.id);

      sut.now = () => nextLocalMorning;
      expect((await sut.list('bartz-v-anthropic')).items.map((h) => h.id)).not.toContain(today.id);
    });

    it("does not announce a hearing dated the court's yesterday", async () => {
      sut.now = () => localFivePm;
      await write(bartz, [input(951, '2027-03-01', 'Settlement Conference set for 3/3/2027 09:00 AM.')]);
      const [yesterday] = (await hearings(bartz)).filter(
        (h) => h.date === '2027-03-03' && h.what === 'settlement_conference',
      );
      expect(yesterday).toBeDefined();
      expect((await hearingEvents(bartz)).filter((e) => e.subjectId === yesterday.id)).toEqual([]);
      expect((await sut.list('bartz-v-anthropic')).items.map((h) => h.id)).not.toContain(yesterday.id);
    });
  });
});
