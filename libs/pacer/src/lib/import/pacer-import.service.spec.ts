import { CASES_ENTITIES, CaseParty, Case, Court, DocketEntry, DocketEntrySource } from '@casetrail/cases';
import { DomainEvent, DomainEventType } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import { load } from 'cheerio';
import { DataSource } from 'typeorm';
import { corpusDockets, corpusFeed, feedWithOneMoreItem, juriscraperJson } from '../../testing/corpus';
import { PacerError, PacerErrorCode } from '../pacer-error';
import { PACER_ENTITIES } from '../pacer.entities';
import { PacerModule } from '../pacer.module';
import { DocketImportResult } from './import-results';
import { PacerImportService } from './pacer-import.service';

const TABLES = [
  'courts',
  'cases',
  'parties',
  'case_parties',
  'judges',
  'case_judges',
  'docket_entries',
  'domain_events',
];

describe('PacerImportService (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: PacerImportService;
  let dataSource: DataSource;

  const counts = async (): Promise<Record<string, number>> => {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      out[table] = Number((await dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
    }
    return out;
  };
  const eventCount = async (): Promise<number> => dataSource.getRepository(DomainEvent).count();

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [PacerModule],
      entities: [...CASES_ENTITIES, DomainEvent, ...PACER_ENTITIES],
    });
    sut = ctx.app.get(PacerImportService);
    dataSource = ctx.app.get(DataSource);
  });

  afterAll(() => ctx.close());

  describe('every docket report of the corpus, imported twice', () => {
    const dockets = corpusDockets();
    const first = new Map<string, DocketImportResult | PacerErrorCode>();
    const second = new Map<string, DocketImportResult | PacerErrorCode>();
    let afterFirst: Record<string, number>;
    let afterSecond: Record<string, number>;
    const indexJobs = async (): Promise<number> =>
      Number(
        (await dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'search.index-case'`))[0].n,
      );
    let indexJobsAfterFirst: number;

    const run = async (into: Map<string, DocketImportResult | PacerErrorCode>) => {
      for (const docket of dockets) {
        try {
          into.set(docket.name, await sut.importDocket(docket.html, { court: docket.court }));
        } catch (error) {
          if (!(error instanceof PacerError)) throw error;
          into.set(docket.name, error.code);
        }
      }
    };

    beforeAll(async () => {
      await run(first);
      afterFirst = await counts();
      indexJobsAfterFirst = await indexJobs();
      await run(second);
      afterSecond = await counts();
    });

    it('imports each report the parser accepts, and refuses the others with their code', () => {
      const refused = [...first].filter(([, r]) => typeof r === 'string');
      expect(refused).toEqual([
        ['canb_1', PacerErrorCode.NotADocketReport],
        ['dcd_2', PacerErrorCode.ErrorPage],
      ]);
      expect(dockets.length - refused.length).toBe(38);
    });

    it('creates one entry and one docket_entry.created event per parsed entry the first time', async () => {
      // Counted in juriscraper's JSON beside each report, not by our parser.
      const parsed = dockets.reduce(
        (n, d) => n + (juriscraperJson<{ docket_entries?: unknown[] }>('dockets', d.name).docket_entries?.length ?? 0),
        0,
      );
      expect(parsed).toBe(829);
      const results = [...first.values()].filter((r): r is DocketImportResult => typeof r !== 'string');
      expect(results.reduce((n, r) => n + r.entries.created, 0)).toBe(parsed);
      expect(afterFirst.docket_entries).toBe(parsed);
      expect(afterFirst.domain_events).toBe(parsed);
      const types = await dataSource.query(`SELECT DISTINCT type FROM domain_events`);
      expect(types).toEqual([{ type: DomainEventType.DocketEntryCreated }]);
    });

    it("queues the search indexing of each case it creates, in the import's transaction", () => {
      expect(indexJobsAfterFirst).toBe(afterFirst.cases);
    });

    it('adds, changes, records and queues nothing the second time', async () => {
      expect(afterSecond).toEqual(afterFirst);
      expect(await indexJobs()).toBe(indexJobsAfterFirst);
      for (const [name, result] of second) {
        if (typeof result === 'string') {
          expect([name, result]).toEqual([name, first.get(name)]);
          continue;
        }
        expect({
          name,
          case: result.case.outcome,
          parties: result.parties,
          judges: result.judges.created,
          entries: result.entries,
          events: result.events,
        }).toEqual({
          name,
          case: 'unchanged',
          parties: { created: 0, updated: 0, unchanged: expect.any(Number) },
          judges: 0,
          entries: { created: 0, updated: 0, unchanged: expect.any(Number) },
          events: 0,
        });
      }
    });

    it('stores the case, its parties with attorneys and its entries as the report gives them', async () => {
      const result = first.get('nysd_4606') as DocketImportResult;
      const entity = await dataSource.getRepository(Case).findOneByOrFail({ id: result.case.id });
      expect(entity).toMatchObject({
        courtId: 'nysd',
        docketNumber: '1:00-cv-01898',
        filedOn: '2000-03-10',
        judgeInitials: 'VSB',
      });
      const entries = await dataSource
        .getRepository(DocketEntry)
        .find({ where: { caseId: entity.id }, order: { sortOrder: 'ASC' } });
      // Two entries numbered 12 on this docket: both kept.
      expect(entries.filter((e) => e.entryNumber === 12)).toHaveLength(2);
      expect(entries.filter((e) => e.entryNumber === null).length).toBe(7);
      expect(entries.find((e) => e.entryNumber === 13)).toMatchObject({
        pacerDocId: '1270383803',
        pacerSeqNo: '22',
        entryType: 'order',
      });
      const withCounsel = await dataSource.getRepository(CaseParty).find({ where: { caseId: entity.id } });
      expect(withCounsel.some((p) => p.attorneys.length > 0 && p.roleAsWritten !== null)).toBe(true);
      const court = await dataSource.getRepository(Court).findOneByOrFail({ id: 'laed' });
      expect(court).toMatchObject({
        name: 'United States District Court for the Eastern District of Louisiana',
        shortName: 'E.D. La.',
        level: 'district',
      });
    });
  });

  describe('a newer report of a known case', () => {
    const source = corpusDockets().find((d) => d.name === 'cand_7');

    it('adds the new entries and updates the changed one, each with its event', async () => {
      if (!source) throw new Error('cand_7 is missing from the corpus');
      const $ = load(source.html);
      const rows = $('table')
        .filter((_, t) => $(t).children('tbody').children('tr').first().text().includes('Docket Text'))
        .first()
        .children('tbody')
        .children('tr')
        .filter((_, tr) => /^\d{2}\/\d{2}\/\d{4}$/.test($(tr).children('td').first().text().trim()));
      expect(rows.length).toBeGreaterThan(2);
      rows.last().remove();
      const older = $.html();
      await dataSource.query(`DELETE FROM cases WHERE court_id = 'cand' AND docket_number = '3:23-cv-04557'`);

      const before = await eventCount();
      const imported = await sut.importDocket(older, { court: 'cand' });
      expect(imported.entries.created).toBe(rows.length - 1);

      const newer = source.html.replace('COMPLAINT <i></i> against', 'AMENDED COMPLAINT <i></i> against');
      expect(newer).not.toBe(source.html);
      const result = await sut.importDocket(newer, { court: 'cand' });
      expect(result.case.outcome).toBe('unchanged');
      expect(result.entries).toEqual({ created: 1, updated: 1, unchanged: rows.length - 2 });
      const events = await dataSource
        .getRepository(DomainEvent)
        .find({ where: { caseId: result.case.id }, order: { id: 'ASC' } });
      expect(events).toHaveLength(rows.length + 1);
      expect(await eventCount()).toBe(before + rows.length + 1);
      const updated = events.find((e) => e.type === DomainEventType.DocketEntryUpdated);
      expect(updated?.subjectId).toBe(
        await dataSource
          .getRepository(DocketEntry)
          .findOneByOrFail({ caseId: result.case.id, entryNumber: 1 })
          .then((e) => e.id),
      );
      expect(updated?.payload).toMatchObject({
        v: 1,
        court: 'cand',
        changed: ['description', 'entryType'],
        previous: { entryType: 'complaint' },
        entry: { entryNumber: 1, entryType: 'amended_complaint' },
      });
    });
  });

  describe('bad input', () => {
    it.each([
      [
        'a login page',
        '<html><body><form><input type="text" name="login"><input type="password" name="key"></form></body></html>',
        PacerErrorCode.LoginPage,
      ],
      ['an empty body', '  ', PacerErrorCode.EmptyInput],
      [
        'another page',
        '<html><head><title>Hello</title></head><body><p>Nothing here</p></body></html>',
        PacerErrorCode.NotADocketReport,
      ],
    ])('refuses %s and writes nothing', async (_label, html, code) => {
      const before = await counts();
      await expect(sut.importDocket(html)).rejects.toMatchObject({ code });
      expect(await counts()).toEqual(before);
    });

    it('refuses a report that does not say its court unless the caller names a PACER court', async () => {
      const report = corpusDockets().find((d) => d.name === 'dcd_1');
      if (!report) throw new Error('dcd_1 is missing from the corpus');
      const before = await counts();
      await expect(sut.importDocket(report.html)).rejects.toMatchObject({ code: PacerErrorCode.UnknownCourt });
      await expect(sut.importDocket(report.html, { court: 'mars' })).rejects.toMatchObject({
        code: PacerErrorCode.UnknownCourt,
      });
      expect(await counts()).toEqual(before);
    });

    it('leaves nothing behind when the database refuses a write half-way', async () => {
      const report = corpusDockets().find((d) => d.name === 'almd');
      if (!report) throw new Error('almd is missing from the corpus');
      await dataSource.query(`DELETE FROM cases WHERE court_id = 'almd'`);
      await dataSource.query(`DELETE FROM courts WHERE id = 'almd'`);
      // A real failure inside PostgreSQL, after the court, case, parties and judges are written.
      await dataSource.query(
        `CREATE FUNCTION refuse_entries() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`,
      );
      await dataSource.query(
        `CREATE TRIGGER refuse_entries BEFORE INSERT ON docket_entries FOR EACH ROW EXECUTE FUNCTION refuse_entries()`,
      );
      const before = await counts();
      try {
        await expect(sut.importDocket(report.html, { court: 'almd' })).rejects.toThrow('disk full');
      } finally {
        await dataSource.query(`DROP TRIGGER refuse_entries ON docket_entries`);
        await dataSource.query(`DROP FUNCTION refuse_entries()`);
      }
      expect(await counts()).toEqual(before);
      expect(await dataSource.getRepository(Court).existsBy({ id: 'almd' })).toBe(false);
    });
  });

  describe('court RSS feeds', () => {
    it('records exactly one new event when the same feed comes back with one more item', async () => {
      const feed = corpusFeed('sdny_1');
      const first = await sut.importRss(feed);
      expect(first.court).toBe('nysd');
      expect(first.items).toBe(juriscraperJson<unknown[]>('rss', 'sdny_1').length);
      expect(first.events).toBe(first.entries.created + first.entries.updated);
      expect(first.entries.created).toBeGreaterThan(300);

      const again = await sut.importRss(feed);
      expect(again.events).toBe(0);
      expect(again.entries).toEqual({
        created: 0,
        updated: 0,
        unchanged: first.entries.created + first.entries.updated,
      });
      expect(again.cases.created).toBe(0);

      const before = await eventCount();
      const longer = await sut.importRss(feedWithOneMoreItem(feed));
      expect(longer.events).toBe(1);
      expect(longer.entries.created).toBe(1);
      expect(await eventCount()).toBe(before + 1);
      const [latest] = await dataSource.getRepository(DomainEvent).find({ order: { id: 'DESC' }, take: 1 });
      expect(latest).toMatchObject({
        type: DomainEventType.DocketEntryCreated,
        payload: {
          source: DocketEntrySource.Rss,
          court: 'nysd',
          docketNumber: '1:18-cv-03365',
          entry: { entryNumber: 9999, entryType: 'order' },
        },
      });
    });

    it('dates an entry by the day at the court, and keeps the feed short description', async () => {
      const entity = await dataSource
        .getRepository(Case)
        .findOneByOrFail({ courtId: 'nysd', docketNumber: '1:18-cv-03365' });
      const entry = await dataSource.getRepository(DocketEntry).findOneByOrFail({ caseId: entity.id, entryNumber: 3 });
      // Published Wed, 18 Apr 2018 00:09:55 GMT: still the 17th in New York.
      expect(entry).toMatchObject({
        dateFiled: '2018-04-17',
        shortDescription: 'Notice of Appearance',
        description: 'Notice of Appearance',
        pacerSeqNo: '10',
        source: 'rss',
      });
    });

    it('follows only tracked cases when asked to', async () => {
      const before = await counts();
      const result = await sut.importRss(corpusFeed('cadc'), { trackedCasesOnly: true });
      expect(result.skipped).toBe(result.items);
      expect(result.events).toBe(0);
      const after = await counts();
      expect({ ...after, courts: before.courts }).toEqual(before);
    });

    it('refuses what is not a feed', async () => {
      await expect(sut.importRss('<html><body>no</body></html>')).rejects.toMatchObject({
        code: PacerErrorCode.NotAnRssFeed,
      });
    });
  });
});
