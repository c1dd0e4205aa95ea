import { createTestDataSource } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { PostgresSearchIndex } from '../postgres/postgres-search.index';
import { emptySearchDocument, SearchKind } from '../search-document';
import { SearchHit, SearchQuery, SearchSort } from '../search-query';
import { plainSnippet, searchHitPages, searchHitsCsv } from './search-csv';

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

const hit = (overrides: Partial<SearchHit>): SearchHit => ({
  id: 'h1',
  kind: SearchKind.Filing,
  documentId: 'd1',
  documentTitle: 'Order',
  page: 3,
  caseSlug: 'bartz-v-anthropic',
  caseName: 'Bartz v. Anthropic',
  court: 'cand',
  documentType: 'order',
  filedAt: Date.parse('2025-06-23T00:00:00Z') / 1000,
  entryNumber: null,
  service: null,
  snippet: 'fair <mark>use</mark> &amp; &quot;training&quot;',
  score: 1,
  ...overrides,
});

describe('search results as CSV', () => {
  it('writes a header, a ranked row per hit, plain-text snippets and ISO dates', async () => {
    const csv = await text(searchHitsCsv(from([hit({}), hit({ id: 'h2', page: null, filedAt: null })])));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      'rank,kind,case_slug,case_name,court,filed_at,document_id,document_title,entry_number,page,document_type,service,snippet,id',
    );
    expect(lines[1]).toBe(
      '1,filing,bartz-v-anthropic,Bartz v. Anthropic,cand,2025-06-23,d1,Order,,3,order,,"fair use & ""training""",h1',
    );
    expect(lines[2]).toBe(
      '2,filing,bartz-v-anthropic,Bartz v. Anthropic,cand,,d1,Order,,,order,,"fair use & ""training""",h2',
    );
    expect(lines[3]).toBe('');
  });

  it('guards cells a spreadsheet would run as formulas, as the timeline export does', async () => {
    const csv = await text(
      searchHitsCsv(
        from([hit({ documentTitle: '=HYPERLINK("http://x")', snippet: '@SUM(A1) &lt;b&gt;', caseName: '-2+3' })]),
      ),
    );
    const row = csv.split('\r\n')[1];
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(row).toContain(`'@SUM(A1) <b>`);
    expect(row).toContain(`'-2+3`);
    expect(plainSnippet('a &lt;mark&gt; b')).toBe('a <mark> b');
  });

  describe('paging through a real index', () => {
    let dataSource: DataSource;
    let close: () => Promise<void>;
    let index: PostgresSearchIndex;

    beforeAll(async () => {
      ({ dataSource, close } = await createTestDataSource());
      index = new PostgresSearchIndex(dataSource);
      await index.ensureReady();
      await index.deleteAll();
      await index.upsert(
        Array.from({ length: 237 }, (_, i) => ({
          ...emptySearchDocument(`export-${i}`, SearchKind.Filing),
          text: `export probe number ${i} ${'probe '.repeat(i % 7)}`,
          filedAt: 1_700_000_000 + i * 86_400,
        })),
      );
    });

    afterAll(() => close());

    it.each([SearchSort.Relevance, SearchSort.FiledAtAsc])(
      'reads every hit once, in the order of the JSON pages (%s)',
      async (sort) => {
        const query: SearchQuery = { q: 'probe', filters: {}, sort, facets: [], limit: 50, offset: 0 };
        const paged: string[] = [];
        for (let offset = 0; ; offset += 50) {
          const page = await index.search({ ...query, offset });
          paged.push(...page.hits.map((h) => h.id));
          if (page.hits.length < 50) break;
        }
        const first = await index.search(query);
        const exported: string[] = [];
        for await (const h of searchHitPages(index, query, first, 50)) exported.push(h.id);
        expect(exported).toHaveLength(237);
        expect(exported).toEqual(paged);
      },
    );

    it.each([SearchSort.Relevance, SearchSort.FiledAtAsc])(
      'reads one batch per search after the first, in the order of the JSON pages (%s)',
      async (sort) => {
        const query: SearchQuery = { q: 'probe', filters: {}, sort, facets: [], limit: 50, offset: 0 };
        const paged: string[] = [];
        for (let offset = 0; ; offset += 50) {
          const page = await index.search({ ...query, offset });
          paged.push(...page.hits.map((h) => h.id));
          if (page.hits.length < 50) break;
        }
        const searches: SearchQuery[] = [];
        const counting = Object.create(index, {
          search: {
            value: (q: SearchQuery) => {
              searches.push(q);
              return index.search(q);
            },
          },
        }) as PostgresSearchIndex;
        const batched = { ...query, limit: 100 };
        const exported: string[] = [];
        for await (const h of searchHitPages(counting, batched, await index.search(batched), 100)) exported.push(h.id);
        expect(exported).toEqual(paged);
        expect(searches.map((q) => [q.offset, q.limit])).toEqual([
          [100, 100],
          [200, 100],
        ]);
      },
    );

    it('starts at the offset it is given', async () => {
      const query: SearchQuery = {
        q: 'probe',
        filters: {},
        sort: SearchSort.FiledAtAsc,
        facets: [],
        limit: 40,
        offset: 200,
      };
      const exported: string[] = [];
      for await (const h of searchHitPages(index, query, await index.search(query), 40)) exported.push(h.id);
      expect(exported).toEqual(Array.from({ length: 37 }, (_, i) => `export-${200 + i}`));
    });
  });
});
