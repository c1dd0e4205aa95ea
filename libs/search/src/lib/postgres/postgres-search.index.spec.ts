import { corpusPath, createTestDataSource } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { searchIndexContract } from '../contract/search-index.contract';
import { emptySearchDocument, SearchKind } from '../search-document';
import { SearchQuery, SearchSort } from '../search-query';
import { phraseWordsText } from './exact-phrases';
import { PostgresSearchIndex } from './postgres-search.index';

describe('PostgresSearchIndex (the embedded engine) passes the SearchIndex contract', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await createTestDataSource());
  });

  afterAll(() => close());

  searchIndexContract(async () => new PostgresSearchIndex(dataSource), {
    filingsTextDir: corpusPath('filings', 'text'),
  });

  describe('with a bound on exact counting', () => {
    const docs = Array.from({ length: 60 }, (_, i) => ({
      ...emptySearchDocument(`bound-${i}`, SearchKind.Filing),
      court: i % 3 === 0 ? 'cand' : 'nysd',
      text: `zeppelin ${i < 12 ? 'rare' : 'common'} ${'zeppelin '.repeat(i % 5)}`,
      filedAt: 1_700_000_000 + i,
    }));
    const bounded = () => new PostgresSearchIndex(dataSource, { exactBound: 25 });
    const q = (text: string, overrides: Partial<SearchQuery> = {}): SearchQuery => ({
      q: text,
      filters: {},
      sort: SearchSort.Relevance,
      facets: ['court'],
      limit: 10,
      offset: 0,
      ...overrides,
    });

    beforeAll(() => bounded().upsert(docs));
    afterAll(() => bounded().deleteByIds(docs.map((d) => d.id)));

    it('counts and facets exactly up to the bound', async () => {
      const rare = await bounded().search(q('zeppelin rare'));
      expect({ total: rare.total, estimate: rare.totalIsEstimate }).toEqual({ total: 12, estimate: false });
      expect(rare.facets.court).toEqual({ cand: 4, nysd: 8 });
      const unbounded = await new PostgresSearchIndex(dataSource).search(q('zeppelin'));
      expect({ total: unbounded.total, estimate: unbounded.totalIsEstimate }).toEqual({ total: 60, estimate: false });
    });

    it.each([SearchSort.Relevance, SearchSort.FiledAtDesc])(
      'past the bound reads one match more than the bound and says the total is an estimate (%s)',
      async (sort) => {
        const common = await bounded().search(q('zeppelin', { sort }));
        expect(common.totalIsEstimate).toBe(true);
        expect(common.total).toBeGreaterThan(25);
        expect(common.hits).toHaveLength(10);
        const facetCount = Object.values(common.facets.court ?? {}).reduce((a, b) => a + b, 0);
        expect(facetCount).toBe(26);
      },
    );
  });

  describe('while a writer commits between two statements of one search', () => {
    // A page that disappears after the first statement of a search: if the search read its
    // page and total in one statement and its hit rows in another, the hit would be lost
    // while the total still counted it (the SDK e2e flake: total > 0, no hits).
    const pages = [1, 2, 3].map((n) => ({
      ...emptySearchDocument(`quokka-${n}`, SearchKind.Filing),
      court: 'quokka-court',
      text: `The quokka record, part ${n}.`,
      filedAt: 1_700_000_000 + n,
    }));
    let armed = false;
    let interleaved = 0;
    /** The real data source, except that the first search statement after arming is followed by a committed deletion. */
    const withWriter = () =>
      new Proxy(dataSource, {
        get(target, property) {
          if (property === 'query')
            return async (sql: string, parameters?: unknown[]) => {
              const result: unknown = await target.query(sql, parameters);
              if (armed && /search_documents/.test(sql)) {
                armed = false;
                await new PostgresSearchIndex(dataSource).deleteByIds(['quokka-1']);
                interleaved += 1;
              }
              return result;
            };
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });

    beforeEach(async () => {
      await new PostgresSearchIndex(dataSource).upsert(pages);
      armed = false;
      interleaved = 0;
    });
    afterAll(() => new PostgresSearchIndex(dataSource).deleteByIds(pages.map((p) => p.id)));

    it.each([
      ['words, by relevance', { q: 'quokka', sort: SearchSort.Relevance }],
      ['words, by date', { q: 'quokka', sort: SearchSort.FiledAtDesc }],
      ['filters only (as the docket-entry search of the flake)', { q: '', sort: SearchSort.FiledAtDesc }],
    ])('answers %s from one snapshot', async (_, overrides) => {
      const sut = new PostgresSearchIndex(withWriter());
      armed = true;
      const result = await sut.search({
        filters: { court: 'quokka-court' },
        facets: ['court'],
        limit: 10,
        offset: 0,
        ...overrides,
      });
      expect(interleaved).toBe(1);
      // The snapshot of the first statement, before the deletion: all three, counted and shown.
      expect(result.hits.map((h) => h.id).sort()).toEqual(['quokka-1', 'quokka-2', 'quokka-3']);
      expect(result.total).toBe(3);
      expect(result.facets.court).toEqual({ 'quokka-court': 3 });
    });
  });

  it('keeps in phrase_words the runs of letters and digits of a page, in order, as the phrase check reads a phrase', async () => {
    const text =
      'Counsel: J.Doe@example.com; see https://www.casetrail.org/a-b/c.pdf. 3.5% of C++ & <b>Bold</b> &amp; x_y ' +
      'motion-to-dismiss 485,089 it’s “quoted” naïve—Straße';
    const sut = new PostgresSearchIndex(dataSource);
    await sut.upsert([{ ...emptySearchDocument('words-page', SearchKind.Filing), text }]);
    try {
      const [row] = (await dataSource.query(
        `SELECT (SELECT string_agg(w.lexeme, ' ' ORDER BY w.position)
                 FROM (SELECT u.lexeme, unnest(u.positions) AS position FROM unnest(d.phrase_words) u) w) AS words,
                d.phrase_words = to_tsvector('simple', ${phraseWordsText('$2::text')}) AS same_rule
         FROM search_documents d WHERE d.id = $1`,
        ['words-page', text],
      )) as { words: string; same_rule: boolean }[];
      expect(row.words).toBe((text.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ').toLowerCase());
      expect(row.same_rule).toBe(true);
    } finally {
      await sut.deleteByIds(['words-page']);
    }
  });

  it('finds the parts of e-mail addresses and host names', async () => {
    const sut = new PostgresSearchIndex(dataSource);
    await sut.upsert([
      {
        ...emptySearchDocument('contact-page', SearchKind.Filing),
        text: 'Counsel: wfreeman@aclunc.org; see www.casetrail.org for more.',
      },
    ]);
    const result = await sut.search({
      q: 'aclunc casetrail',
      filters: {},
      sort: SearchSort.Relevance,
      facets: [],
      limit: 5,
      offset: 0,
    });
    expect(result.hits.map((h) => h.id)).toEqual(['contact-page']);
    await sut.deleteByIds(['contact-page']);
  });

  it('says which corrected query it ran', async () => {
    const sut = new PostgresSearchIndex(dataSource);
    const result = await sut.search({
      q: 'contributery infringment',
      filters: {},
      sort: SearchSort.Relevance,
      facets: [],
      limit: 5,
      offset: 0,
    });
    expect(result.correctedQuery).toBe('contributory infringement');
    expect(result.hits.map((h) => h.id)).toContain('nyt-order-1');
  });

  it('corrects a typo to the word the index uses on many pages, not to a slightly closer fragment seen once', async () => {
    const sut = new PostgresSearchIndex(dataSource);
    // "copyri" (a word broken at a line end) is a little more similar to "copyrigth" than "copyright" is.
    const pages = [
      {
        ...emptySearchDocument('fragment-page', SearchKind.Filing),
        text: 'Registration of the copyri- ght in the work.',
      },
      ...[1, 2, 3].map((n) => ({
        ...emptySearchDocument(`register-${n}`, SearchKind.Filing),
        text: `Register of copyright claims, volume ${n}.`,
      })),
    ];
    await sut.upsert(pages);
    const result = await sut.search({
      q: 'copyrigth claims',
      filters: {},
      sort: SearchSort.Relevance,
      facets: [],
      limit: 5,
      offset: 0,
    });
    expect(result.correctedQuery).toBe('copyright claims');
    const found = result.hits.map((h) => h.id);
    expect(found).toEqual(expect.arrayContaining(['register-1', 'register-2', 'register-3']));
    expect(found).not.toContain('fragment-page');
    await sut.deleteByIds(pages.map((p) => p.id));
  });
});
