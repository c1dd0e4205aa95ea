import { createTestDataSource } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { emptySearchDocument, SearchKind } from '../search-document';
import { PostgresSearchIndex } from './postgres-search.index';
import { countWords, SearchVocabulary } from './search-vocabulary';

describe('countWords', () => {
  it('counts the pages each word of 3 to 30 letters is on, case-folded, with titles, captions and names', () => {
    const counts = countWords([
      {
        text: 'Fair use. FAIR dealing; fair-minded.',
        document_title: 'Order on Fair Use',
        case_name: null,
        names_text: '',
      },
      { text: 'The court.', document_title: null, case_name: 'Bartz v. Anthropic', names_text: 'William Alsup' },
    ]);
    expect(counts.get('fair')).toBe(1);
    expect(counts.get('use')).toBe(1);
    expect(counts.get('bartz')).toBe(1);
    expect(counts.get('alsup')).toBe(1);
    expect(counts.has('v')).toBe(false);
    expect(counts.has('FAIR')).toBe(false);
    expect([...counts.keys()].every((w) => /^[a-z]{3,30}$/.test(w))).toBe(true);
  });
});

describe('SearchVocabulary', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await createTestDataSource());
  });

  afterAll(() => close());

  const pagesOf = async (word: string) =>
    ((await dataSource.query(`SELECT pages FROM search_terms WHERE word = $1`, [word])) as { pages: number }[])[0]
      ?.pages ?? 0;

  it('counts each queued page once when several indexers fold the queue at the same time', async () => {
    await new PostgresSearchIndex(dataSource).deleteAll();
    const pages = Array.from({ length: 4500 }, (_, i) => ({
      ...emptySearchDocument(`page-${i}`, SearchKind.Filing),
      text: i % 3 === 0 ? `The zeugma clause, page ${i}.` : `An ordinary page ${i}.`,
    }));
    // Three indexers of 1,500 pages each: every one passes the threshold at which indexing folds the queue.
    await Promise.all(
      [0, 1, 2].map((n) => new PostgresSearchIndex(dataSource).upsert(pages.slice(n * 1500, (n + 1) * 1500))),
    );
    await new SearchVocabulary(dataSource).refresh();
    expect(await pagesOf('zeugma')).toBe(1500);
    expect(await pagesOf('ordinary')).toBe(3000);
    const [{ pending }] = (await dataSource.query(`SELECT count(*)::int AS pending FROM search_terms_pending`)) as {
      pending: number;
    }[];
    expect(pending).toBe(0);
  });

  it('is folded by indexing itself once a thousand pages wait, and not before', async () => {
    const index = new PostgresSearchIndex(dataSource);
    await index.deleteAll();
    const page = (i: number) => ({
      ...emptySearchDocument(`fold-${i}`, SearchKind.Filing),
      text: `The quokka docket, page ${i}.`,
    });
    const pending = async () =>
      ((await dataSource.query(`SELECT count(*)::int AS n FROM search_terms_pending`)) as { n: number }[])[0].n;
    await index.upsert(Array.from({ length: 999 }, (_, i) => page(i)));
    expect(await pending()).toBe(999);
    expect(await pagesOf('quokka')).toBe(0);
    await index.upsert([page(999)]);
    expect(await pending()).toBe(0);
    expect(await pagesOf('quokka')).toBe(1000);
  });

  it('sees pages indexed a moment ago when it corrects a query', async () => {
    const index = new PostgresSearchIndex(dataSource);
    await index.upsert([
      { ...emptySearchDocument('fresh-page', SearchKind.Filing), text: 'A palimpsest of prior drafts.' },
    ]);
    expect(await new SearchVocabulary(dataSource).correct('palimpsset drafts')).toBe('palimpsest drafts');
  });
});
