import { corpusPath, createTestDataSource } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { searchIndexContract } from '../contract/search-index.contract';
import { emptySearchDocument, SearchKind } from '../search-document';
import { SearchQuery, SearchSort } from '../search-query';
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
