import { randomUUID } from 'node:crypto';
import { Case, CASES_ENTITIES, CasesModule, SeedService } from '@casetrail/cases';
import { DomainEvent, DomainEventType, EventsModule } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource, EntityManager } from 'typeorm';
import { CitationsModule } from '../citations.module';
import { extractCitations } from '../extraction/extract-citations';
import type { Citation as ExtractedCitation } from '../extraction/types';
import { BARTZ_FAIR_USE_ORDER, readFilingText } from '../../testing/filings';
import { Citation } from './citation.entity';
import { CitationSource, CitationSourceKind } from './citation-source';
import { CitationsService } from './citations.service';

/** Page starts after each "Page N of M" stamp, which the PDF text carries at the end of every page. */
function stampedPageOffsets(text: string): number[] {
  const stamps = [...text.matchAll(/Page \d+ of \d+/g)].map((m) => m.index ?? 0);
  return [0, ...stamps.slice(0, -1).map((at) => text.indexOf('\n', at) + 1)];
}

describe('CitationsService (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: CitationsService;
  let dataSource: DataSource;
  const caseIds = new Map<string, string>();

  const replace = (
    source: CitationSource,
    list: ExtractedCitation[],
    quotes: Parameters<CitationsService['replaceForSource']>[3] = [],
  ) => dataSource.transaction((manager: EntityManager) => sut.replaceForSource(manager, source, list, quotes));
  const rowsOf = (source: CitationSource) =>
    dataSource
      .getRepository(Citation)
      .find({ where: { sourceKind: source.kind, sourceId: source.id }, order: { spanStart: 'ASC' } });
  const eventsFor = async (source: CitationSource) =>
    (await dataSource.getRepository(DomainEvent).find({ where: { type: DomainEventType.CitationCreated } })).filter(
      (e) => e.payload['sourceId'] === source.id,
    );
  const documentOf = (slug: string | null, courtId: string | null = null): CitationSource => ({
    kind: CitationSourceKind.Document,
    id: randomUUID(),
    caseId: slug ? caseIds.get(slug) : null,
    courtId,
  });

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [EventsModule, CasesModule, CitationsModule],
      entities: [...CASES_ENTITIES, DomainEvent, Citation],
    });
    sut = ctx.app.get(CitationsService);
    dataSource = ctx.app.get(DataSource);
    await ctx.app.get(SeedService).seed();
    for (const c of await dataSource.getRepository(Case).find()) caseIds.set(c.slug, c.id);
  });

  afterAll(() => ctx.close());

  describe('the Bartz fair-use order (ECF 231) as a synthetic document of Bartz v. Anthropic', () => {
    const text = readFilingText(BARTZ_FAIR_USE_ORDER);
    const extracted = extractCitations(text, { pageOffsets: stampedPageOffsets(text) });
    let source: CitationSource;

    beforeAll(() => {
      source = documentOf('bartz-v-anthropic', 'cand');
    });

    it('stores every citation with page, span and parsed fields, and records one event per row', async () => {
      const result = await replace(source, extracted);
      const rows = await rowsOf(source);
      expect(result).toMatchObject({ inserted: extracted.length, kept: 0, deleted: 0, events: extracted.length });
      expect(rows).toHaveLength(extracted.length);
      for (const row of rows) expect(text.slice(row.spanStart, row.spanEnd)).toBe(row.matchedText);
      const statuteKeys = new Set(rows.filter((r) => r.type === 'statute').map((r) => r.key));
      for (const section of ['101', '102', '106', '107', '109', '504'])
        expect(statuteKeys).toContain(`17 U.S.C. § ${section}`);
      const events = await eventsFor(source);
      expect(events).toHaveLength(rows.length);
      expect(new Set(events.map((e) => e.subjectId))).toEqual(new Set(rows.map((r) => r.id)));
      expect(events.every((e) => e.caseId === caseIds.get('bartz-v-anthropic'))).toBe(true);
    });

    it('resolves Thomson Reuters v. Ross (765 F. Supp. 3d 382) to the seeded Ross case, and its own docket number to Bartz', async () => {
      const rows = await rowsOf(source);
      const ross = rows.find((r) => r.type === 'case' && r.key === '765 F. Supp. 3d 382');
      expect(ross).toMatchObject({
        resolvedCaseId: caseIds.get('thomson-reuters-v-ross'),
        sourceCaseId: caseIds.get('bartz-v-anthropic'),
      });
      expect(ross?.fields).toMatchObject({
        volume: '765',
        reporter: 'F. Supp. 3d',
        reporterPage: '382',
        pinCite: '398',
        court: 'D. Del.',
        year: 2025,
      });
      expect(ross?.page).toBeGreaterThan(1);
      const own = rows.find((r) => r.type === 'docket' && r.key === '3:24-cv-05417');
      expect(own?.resolvedCaseId).toBe(caseIds.get('bartz-v-anthropic'));
    });

    it('keeps unresolved citations', async () => {
      const google = (await rowsOf(source)).filter((r) => r.key === '804 F.3d 202');
      expect(google.length).toBeGreaterThan(1);
      expect(google.every((r) => r.resolvedCaseId === null)).toBe(true);
    });

    it('keeps the rows of an unchanged re-extraction and records no new event', async () => {
      const before = (await rowsOf(source)).map((r) => r.id).sort();
      const result = await replace(source, extracted);
      expect(result).toMatchObject({ inserted: 0, kept: extracted.length, deleted: 0, events: 0 });
      expect((await rowsOf(source)).map((r) => r.id).sort()).toEqual(before);
      expect(await eventsFor(source)).toHaveLength(before.length);
    });
  });

  it('replaces: drops citations that are gone, inserts new ones with events, keeps the rest', async () => {
    const source = documentOf('nyt-v-microsoft-openai');
    const first = extractCitations('See 17 U.S.C. § 107. See also 17 U.S.C. § 1202(b).');
    await replace(source, first);
    const [kept] = await rowsOf(source);
    const result = await replace(source, extractCitations('See 17 U.S.C. § 107. And 765 F. Supp. 3d 382.'));
    expect(result).toMatchObject({ inserted: 1, kept: 1, deleted: 1, events: 1, resolvedToCases: 1 });
    const rows = await rowsOf(source);
    expect(rows.map((r) => r.key)).toEqual(['17 U.S.C. § 107', '765 F. Supp. 3d 382']);
    expect(rows[0].id).toBe(kept.id);
    expect((await eventsFor(source)).map((e) => e.payload['key']).sort()).toEqual([
      '17 U.S.C. § 107',
      '17 U.S.C. § 1202',
      '765 F. Supp. 3d 382',
    ]);
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const source = documentOf(null);
    await dataSource
      .transaction(async (manager) => {
        await sut.replaceForSource(manager, source, extractCitations('17 U.S.C. § 107'));
        throw new Error('extraction failed later');
      })
      .catch(() => undefined);
    expect(await rowsOf(source)).toEqual([]);
    expect(await eventsFor(source)).toEqual([]);
  });

  describe('docket numbers', () => {
    const resolvedOf = async (text: string, courtId: string | null = null) => {
      const source = documentOf(null, courtId);
      await replace(source, extractCitations(text));
      return Object.fromEntries((await rowsOf(source)).map((r) => [r.key, r.resolvedCaseId]));
    };

    it('resolve with or without the office prefix, through other docket numbers, and MDL numbers to the MDL', async () => {
      expect(
        await resolvedOf(
          'Case 1:23-cv-11195-SHS; No. 23-cv-08292; appeal docketed, No. 25-8018; In re OpenAI, MDL No. 3143',
        ),
      ).toEqual({
        '1:23-cv-11195': caseIds.get('nyt-v-microsoft-openai'),
        '23-cv-08292': caseIds.get('authors-guild-v-openai'),
        '25-8018': caseIds.get('thomson-reuters-v-ross'),
        'MDL No. 3143': caseIds.get('in-re-openai-copyright-mdl-3143'),
      });
    });

    it('stay unresolved when untracked, and when ambiguous unless the source’s court decides', async () => {
      await dataSource.getRepository(Case).insert({
        slug: 'same-number-elsewhere',
        caption: 'Doe v. Roe',
        shortName: 'Doe v. Roe',
        courtId: 'nysd',
        docketNumber: '3:24-cv-05417',
      });
      expect(await resolvedOf('No. 3:24-cv-05417 and No. 2:99-cv-00001')).toEqual({
        '3:24-cv-05417': null,
        '2:99-cv-00001': null,
      });
      expect(await resolvedOf('No. 3:24-cv-05417', 'cand')).toEqual({
        '3:24-cv-05417': caseIds.get('bartz-v-anthropic'),
      });
    });
  });

  it('stores quotations linked to a ToS clause and version', async () => {
    const source: CitationSource = { kind: CitationSourceKind.Document, id: randomUUID() };
    const versionId = randomUUID();
    await replace(
      source,
      [],
      [
        {
          span: { start: 10, end: 60 },
          page: 2,
          matchedText: 'x'.repeat(50),
          clauseKey: 'our-use-of-content',
          versionId,
          key: 'tos:our-use-of-content',
          score: 0.93,
        },
      ],
    );
    const [row] = await rowsOf(source);
    expect(row).toMatchObject({
      type: 'tos_quote',
      key: 'tos:our-use-of-content',
      page: 2,
      resolvedTosClauseKey: 'our-use-of-content',
      resolvedTosVersionId: versionId,
    });
    expect(row.fields).toEqual({ score: 0.93 });
  });

  it("addresses clause subscribers once per filing and clause: the first quotation's event names the lineage", async () => {
    const source: CitationSource = { kind: CitationSourceKind.Document, id: randomUUID() };
    const lineage = [randomUUID(), randomUUID()];
    const quote = (start: number, clauseKey: string) => ({
      span: { start, end: start + 40 },
      matchedText: 'q'.repeat(40),
      clauseKey,
      versionId: randomUUID(),
      key: `tos:chatgpt/terms-of-service#${clauseKey}`,
      score: 1,
      fields: { service: 'ChatGPT', lineageDocumentIds: lineage },
    });
    const first = [quote(10, 'compete'), quote(100, 'compete'), quote(200, 'ownership')];
    await replace(source, [], first);
    const targets = (await eventsFor(source))
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((e) => [e.payload['resolvedTosClauseKey'], e.payload['tosDocumentIds'] ?? null]);
    expect(targets).toEqual([
      ['compete', lineage],
      ['compete', null],
      ['ownership', lineage],
    ]);
    // Re-extraction records nothing; a new quotation of a clause already quoted addresses nobody new.
    await replace(source, [], first);
    await replace(source, [], [...first, quote(300, 'compete')]);
    const events = await eventsFor(source);
    expect(events).toHaveLength(4);
    expect(events.filter((e) => e.payload['tosDocumentIds'])).toHaveLength(2);
  });

  describe('listByKey', () => {
    it('lists every source and page citing a key, normalising the key, with the case it resolves to', async () => {
      const a = documentOf('bartz-v-anthropic');
      const b = documentOf('kadrey-v-meta');
      const twoPages = 'Ross, 765 F. Supp. 3d 382 (D. Del. 2025).\fRoss, 765 F. Supp. 3d at 390. Id. at 391.';
      await replace(a, extractCitations(twoPages, { pageOffsets: [0, twoPages.indexOf('\f') + 1] }));
      await replace(b, extractCitations('Thomson Reuters v. Ross, 765 F.Supp.3d 382 (D. Del. 2025).'));
      const items = [];
      let cursor: string | undefined;
      do {
        const page = await sut.listByKey({ key: '765 F.Supp.3d 382', limit: 1, cursor });
        expect(page.key).toBe('765 F. Supp. 3d 382');
        expect(page.resolvedCase?.slug).toBe('thomson-reuters-v-ross');
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const mine = items.filter((i) => i.source.id === a.id || i.source.id === b.id);
      expect(mine.map((i) => [i.source.case?.slug, i.page, i.citations.map((c) => c.type)])).toEqual(
        expect.arrayContaining([
          ['bartz-v-anthropic', 1, ['case']],
          ['bartz-v-anthropic', 2, ['short_case', 'id']],
          ['kadrey-v-meta', null, ['case']],
        ]),
      );
      expect(mine).toHaveLength(3);
      expect(new Set(items.map((i) => `${i.source.id}/${i.page}`)).size).toBe(items.length);
    });

    it('answers an unknown key with an empty page', async () => {
      expect(await sut.listByKey({ key: '1 F.4th 1' })).toEqual({
        key: '1 F.4th 1',
        resolvedCase: null,
        items: [],
        nextCursor: null,
      });
    });
  });
});
