import { createTestDataSource } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { searchIndexContract } from '../contract/search-index.contract';
import { emptySearchDocument, SearchKind } from '../search-document';
import { SearchSort } from '../search-query';
import { PostgresSearchIndex } from './postgres-search.index';

describe('PostgresSearchIndex (the embedded engine) passes the SearchIndex contract', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await createTestDataSource());
  });

  afterAll(() => close());

  searchIndexContract(async () => new PostgresSearchIndex(dataSource));

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
