import { createTestDatabase, TestDatabase } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { searchIndexContract } from '../contract/search-index.contract';
import { emptySearchDocument, SearchKind } from '../search-document';
import { SearchSort } from '../search-query';
import { PostgresSearchIndex } from './postgres-search.index';

describe('PostgresSearchIndex (the embedded engine) passes the SearchIndex contract', () => {
  let db: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await db.drop();
  });

  searchIndexContract(async () => new PostgresSearchIndex(dataSource));

  it('finds the parts of e-mail addresses and host names', async () => {
    const sut = new PostgresSearchIndex(dataSource);
    await sut.upsert([{ ...emptySearchDocument('contact-page', SearchKind.Filing), text: 'Counsel: wfreeman@aclunc.org; see www.casetrail.org for more.' }]);
    const result = await sut.search({ q: 'aclunc casetrail', filters: {}, sort: SearchSort.Relevance, facets: [], limit: 5, offset: 0 });
    expect(result.hits.map((h) => h.id)).toEqual(['contact-page']);
    await sut.deleteByIds(['contact-page']);
  });

  it('says which corrected query it ran', async () => {
    const sut = new PostgresSearchIndex(dataSource);
    const result = await sut.search({ q: 'contributery infringment', filters: {}, sort: SearchSort.Relevance, facets: [], limit: 5, offset: 0 });
    expect(result.correctedQuery).toBe('contributory infringement');
    expect(result.hits.map((h) => h.id)).toContain('nyt-order-1');
  });
});
