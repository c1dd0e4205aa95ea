import { emptySearchDocument, SearchDocument, SearchKind } from '../search-document';
import { SearchIndex } from '../search-index.port';
import { Facet, SearchFilters, SearchQuery, SearchSort } from '../search-query';
import { CONTRACT_DOCUMENTS, day0, DOCKET_ENTRY_DOCUMENTS, FACET_PROBE_DOCUMENTS } from './contract-fixtures';
import { KNOWN_ITEM_COUNT, knownItemCorpus } from './known-item-corpus';

function query(q: string, overrides: Partial<SearchQuery> = {}, filters: SearchFilters = {}): SearchQuery {
  return { q, filters, sort: SearchSort.Relevance, facets: [], limit: 20, offset: 0, ...overrides };
}

const ids = (hits: { id: string }[]) => hits.map((h) => h.id).sort();

/**
 * The behaviour every SearchIndex adapter must have. Each engine's spec calls this with a factory
 * for a fresh, empty index and the corpus folder of filing texts (for the known-item cases).
 */
export function searchIndexContract(createIndex: () => Promise<SearchIndex>, corpus: { filingsTextDir: string }): void {
  let sut: SearchIndex;

  beforeAll(async () => {
    sut = await createIndex();
    await sut.ensureReady();
    await sut.deleteAll();
    await sut.upsert(CONTRACT_DOCUMENTS);
  });

  it('counts what it holds and finds words in body text', async () => {
    expect(await sut.count()).toBe(CONTRACT_DOCUMENTS.length);
    const result = await sut.search(query('transformative'));
    expect(ids(result.hits)).toEqual(['bartz-order-1', 'kadrey-motion-1']);
    expect(result.total).toBe(2);
    expect(result.totalIsEstimate).toBe(false);
  });

  it('matches a quoted phrase only where the words are adjacent', async () => {
    const phrase = await sut.search(query('"summary judgment"'));
    expect(ids(phrase.hits)).toEqual(['kadrey-motion-1', 'kadrey-order-1']);
    const scattered = await sut.search(query('"training use"'));
    expect(ids(scattered.hits)).toEqual(['bartz-order-1']);
  });

  it('excludes words with a minus sign', async () => {
    const all = await sut.search(query('fair use'));
    const withoutPiracy = await sut.search(query('fair use -pirated'));
    expect(ids(all.hits)).toEqual(expect.arrayContaining(['bartz-order-2', 'kadrey-order-1']));
    expect(ids(withoutPiracy.hits)).not.toContain('bartz-order-2');
    expect(ids(withoutPiracy.hits)).not.toContain('kadrey-order-1');
    expect(withoutPiracy.hits.length).toBeGreaterThan(0);
  });

  it('filters by kind, case, court, party, judge, document type, document and dates', async () => {
    expect(ids((await sut.search(query('', {}, { kind: SearchKind.Case }))).hits)).toEqual(['case-bartz', 'case-nyt']);
    expect(ids((await sut.search(query('', {}, { case: 'kadrey-v-meta' }))).hits)).toEqual([
      'kadrey-motion-1',
      'kadrey-order-1',
    ]);
    expect((await sut.search(query('', {}, { court: 'nysd' }))).total).toBe(3);
    expect((await sut.search(query('', {}, { party: 'openai, inc.' }))).total).toBe(3);
    expect((await sut.search(query('', {}, { judge: 'William Alsup' }))).total).toBe(4);
    expect(ids((await sut.search(query('copyright', {}, { documentType: 'complaint' }))).hits)).toEqual([
      'bartz-complaint-1',
      'nyt-complaint-1',
    ]);
    expect(ids((await sut.search(query('', {}, { document: 'd-bartz-order' }))).hits)).toEqual([
      'bartz-order-1',
      'bartz-order-2',
    ]);
    const june2025 = await sut.search(query('', {}, { filedFrom: day0('2025-06-01'), filedTo: day0('2025-06-30') }));
    expect(ids(june2025.hits)).toEqual(['bartz-order-1', 'bartz-order-2', 'kadrey-order-1']);
  });

  it('gives exact facet counts over the filtered results', async () => {
    const facets: Facet[] = ['kind', 'court', 'case', 'documentType', 'year'];
    const result = await sut.search(query('', { facets }, {}));
    expect(result.facets.kind).toEqual({ filing: 7, case: 2 });
    expect(result.facets.court).toEqual({ cand: 6, nysd: 3 });
    expect(result.facets.case).toEqual({ 'bartz-v-anthropic': 4, 'nyt-v-microsoft-openai': 3, 'kadrey-v-meta': 2 });
    expect(result.facets.documentType).toEqual({ order: 3, complaint: 2, opinion: 1, motion: 1 });
    expect(result.facets.year).toEqual({ '2023': 1, '2024': 1, '2025': 5 });
    const filtered = await sut.search(query('copyright', { facets: ['court'] }));
    // "copyrighted" matches too: a stem for PostgreSQL, a prefix for Meilisearch.
    expect(filtered.facets.court).toEqual({ cand: 2, nysd: 2 });
  });

  it('sorts by filing date both ways', async () => {
    const filings = { kind: SearchKind.Filing };
    const desc = (await sut.search(query('', { sort: SearchSort.FiledAtDesc }, filings))).hits.map(
      (h) => h.filedAt ?? 0,
    );
    const asc = (await sut.search(query('', { sort: SearchSort.FiledAtAsc }, filings))).hits.map((h) => h.filedAt ?? 0);
    expect(desc).toHaveLength(7);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });

  it('pages through results without duplicates or gaps', async () => {
    const everything = await sut.search(query('', { limit: 100, sort: SearchSort.FiledAtDesc }));
    const seen: string[] = [];
    for (let offset = 0; offset < everything.total; offset += 2) {
      const page = await sut.search(query('', { limit: 2, offset, sort: SearchSort.FiledAtDesc }));
      seen.push(...page.hits.map((h) => h.id));
    }
    expect(seen).toEqual(everything.hits.map((h) => h.id));
    expect(new Set(seen).size).toBe(CONTRACT_DOCUMENTS.length);
  });

  it('highlights matches in an HTML-safe snippet', async () => {
    const [hit] = (await sut.search(query('transformative', {}, { document: 'd-kadrey-motion' }))).hits;
    expect(hit.snippet).toMatch(/<mark>transformative<\/mark>/i);
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
    expect(hit.snippet).toContain('&amp;');
    expect(hit.documentTitle).toBe('Motion for Summary Judgment');
    expect(hit.score).toBeGreaterThan(0);
  });

  it('tolerates typos', async () => {
    const result = await sut.search(query('copyrigth infringment'));
    expect(ids(result.hits)).toEqual(expect.arrayContaining(['bartz-complaint-1', 'nyt-complaint-1']));
  });

  it('never lets a filter value change the filter', async () => {
    const hostile = await sut.search(query('', {}, { court: 'nysd" OR court = "cand' }));
    expect(hostile.total).toBe(0);
    const backslash = await sut.search(query('', {}, { case: 'bartz-v-anthropic\\' }));
    expect(backslash.total).toBe(0);
  });

  it('refuses ids that not every engine accepts', async () => {
    const bad: SearchDocument = { ...CONTRACT_DOCUMENTS[0], id: 'case:with-colon' };
    await expect(sut.upsert([bad])).rejects.toMatchObject({ code: 'invalid_search_document_id' });
    expect(await sut.count()).toBe(CONTRACT_DOCUMENTS.length);
  });

  describe('known-item phrases', () => {
    const phrasePages: SearchDocument[] = [
      ['phrase-stop-1', 'We can go through them in just a second if the court allows it.'],
      ['phrase-stop-2', 'Give me a second; we will go through them in just the order the parties filed them.'],
      [
        'phrase-punct-1',
        'The copies were used for reading and writing. Claude can do so because it learned from them.',
      ],
      ['phrase-punct-2', 'Claude can write; reading and writing are what authors do so well, the plaintiffs say.'],
    ].map(([id, text]) => ({ ...emptySearchDocument(id, SearchKind.Filing), text }));

    const edgePages: SearchDocument[] = [
      ['phrase-edge-break', 'The defendants filed a motion to\ndismiss the amended complaint on Friday.'],
      [
        'phrase-edge-repeat',
        'After the motion-to-dismiss briefing, the motion to dismiss was denied; a second motion to dismiss followed.',
      ],
      // The same words one position apart in the tsvector ("as" is a stop word, "dismissed" stems to "dismiss").
      ['phrase-edge-near', 'The court treated the motion as dismissed and closed the file.'],
    ].map(([id, text]) => ({ ...emptySearchDocument(id, SearchKind.Filing), documentId: 'd-phrase-edges', text }));
    const titledPage: SearchDocument = {
      ...emptySearchDocument('phrase-edge-title', SearchKind.Filing),
      documentId: 'd-phrase-titled',
      documentTitle: 'Order Granting in Part the Motion for Leave to Amend',
      text: 'The proposed pleading may be filed within fourteen days.',
    };

    beforeAll(() => sut.upsert([...phrasePages, ...edgePages, titledPage]));
    afterAll(() => sut.deleteByIds([...phrasePages, ...edgePages, titledPage].map((d) => d.id)));

    it('keeps a phrase made mostly of stop words exact', async () => {
      const result = await sut.search(query('"through them in just a second if"'));
      expect(result.hits.map((h) => h.id)).toEqual(['phrase-stop-1']);
      expect(result.total).toBe(1);
    });

    it('keeps a stop-word phrase exact across line breaks and hyphens, counting a page that repeats it once', async () => {
      const result = await sut.search(query('"motion to dismiss"', {}, { document: 'd-phrase-edges' }));
      expect(ids(result.hits)).toEqual(['phrase-edge-break', 'phrase-edge-repeat']);
      expect(result.total).toBe(2);
      const hyphenated = await sut.search(query('"motion-to-dismiss briefing"', {}, { document: 'd-phrase-edges' }));
      expect(ids(hyphenated.hits)).toEqual(['phrase-edge-repeat']);
    });

    it('finds a stop-word phrase of a document title', async () => {
      const result = await sut.search(query('"motion for leave to amend"'));
      expect(ids(result.hits)).toEqual(['phrase-edge-title']);
    });

    it('finds a seven-word phrase typed without the punctuation of the page, quoted or not, first', async () => {
      const quoted = await sut.search(query('"reading and writing claude can do so"'));
      expect(quoted.hits[0]?.id).toBe('phrase-punct-1');
      const unquoted = await sut.search(query('reading and writing claude can do so'));
      expect(unquoted.hits[0]?.id).toBe('phrase-punct-1');
    });
  });

  describe('known items from the real corpus', () => {
    const known = knownItemCorpus(corpus.filingsTextDir);
    // 95 % of 30, rounded up: at most one phrase may miss its page.
    const required = Math.ceil(KNOWN_ITEM_COUNT * 0.95);

    beforeAll(() => sut.upsert(known.pages), 120_000);
    afterAll(() => sut.deleteByIds(known.pages.map((p) => p.id)), 120_000);

    async function firstHits(quote: boolean): Promise<string[]> {
      const misses: string[] = [];
      for (const item of known.items) {
        const q = quote ? `"${item.phrase}"` : item.phrase;
        const [first] = (await sut.search(query(q, { limit: 3 }))).hits;
        if (first?.id !== item.pageId) misses.push(`${q} -> expected ${item.pageId}, got ${first?.id ?? 'nothing'}`);
      }
      console.log(
        `${sut.engine}: ${KNOWN_ITEM_COUNT - misses.length}/${KNOWN_ITEM_COUNT} ${quote ? 'quoted' : 'unquoted'} seven-word phrases found their page first${misses.length ? `\n${misses.join('\n')}` : ''}`,
      );
      return misses;
    }

    it('has 30 phrases chosen by rule, each on exactly one page', () => {
      expect(known.items).toHaveLength(KNOWN_ITEM_COUNT);
      expect(new Set(known.items.map((i) => i.phrase)).size).toBe(KNOWN_ITEM_COUNT);
    });

    it('puts the page of 95 % of the phrases typed without punctuation first, quoted', async () => {
      expect((await firstHits(true)).length).toBeLessThanOrEqual(KNOWN_ITEM_COUNT - required);
    });

    it('puts the page of 95 % of the phrases typed without punctuation first, unquoted', async () => {
      expect((await firstHits(false)).length).toBeLessThanOrEqual(KNOWN_ITEM_COUNT - required);
    });

    it('finds the Bartz order page for "reading and writing claude can do so", quoted or not', async () => {
      const bartz = known.items[known.items.length - 1];
      expect(bartz.phrase).toBe('reading and writing claude can do so');
      for (const q of [`"${bartz.phrase}"`, bartz.phrase]) {
        expect((await sut.search(query(q))).hits[0]?.id).toBe(bartz.pageId);
      }
    });
  });

  it('lists the facet values with the most matches, ties by value, at most 100', async () => {
    await sut.upsert(FACET_PROBE_DOCUMENTS);
    try {
      const result = await sut.search(query('', { facets: ['case'] }, { documentType: 'facet_probe' }));
      const listed = Object.entries(result.facets.case ?? {});
      expect(listed).toHaveLength(100);
      // The five values named last have the most matches: listed first, whatever their names.
      expect(listed.slice(0, 5)).toEqual([
        ['probe-z-1', 3],
        ['probe-z-2', 3],
        ['probe-z-3', 3],
        ['probe-z-4', 3],
        ['probe-z-5', 3],
      ]);
      // 110 values tie with one match: the 95 first by name fill the list.
      expect(listed.slice(5).map(([value]) => value)).toEqual(
        Array.from({ length: 95 }, (_, i) => `probe-a-${String(i).padStart(3, '0')}`),
      );
      expect(listed.slice(5).every(([, n]) => n === 1)).toBe(true);
    } finally {
      await sut.deleteByIds(FACET_PROBE_DOCUMENTS.map((d) => d.id));
    }
  });

  it('searches docket entries by kind, with number, type, date and facets', async () => {
    await sut.upsert(DOCKET_ENTRY_DOCUMENTS);
    try {
      const kind = { kind: SearchKind.DocketEntry };
      const dismiss = await sut.search(query('motion to dismiss', { facets: ['documentType', 'year', 'case'] }, kind));
      expect(ids(dismiss.hits)).toEqual(['entry-bartz-40', 'entry-bartz-41', 'entry-bartz-62']);
      expect(dismiss.total).toBe(3);
      expect(dismiss.facets.documentType).toEqual({ motion: 1, opposition: 1, order: 1 });
      expect(dismiss.facets.year).toEqual({ '2024': 2, '2025': 1 });
      expect(dismiss.facets.case).toEqual({ 'bartz-v-anthropic': 3 });
      expect(dismiss.hits.find((h) => h.id === 'entry-bartz-62')).toMatchObject({
        kind: SearchKind.DocketEntry,
        entryNumber: '62',
        documentType: 'order',
        caseSlug: 'bartz-v-anthropic',
        court: 'cand',
        filedAt: day0('2025-01-15'),
      });
      const orders = await sut.search(query('', {}, { ...kind, documentType: 'order' }));
      expect(ids(orders.hits)).toEqual(['entry-bartz-62']);
      const dated = await sut.search(query('', { sort: SearchSort.FiledAtDesc }, kind));
      expect(dated.hits.map((h) => h.id)).toEqual([
        'entry-bartz-minute',
        'entry-bartz-62',
        'entry-bartz-41',
        'entry-bartz-40',
      ]);
      expect(dated.hits[0].entryNumber).toBeNull();
      const kinds = await sut.search(query('', { facets: ['kind'] }, { case: 'bartz-v-anthropic' }));
      expect(kinds.facets.kind?.docket_entry).toBe(4);
    } finally {
      await sut.deleteByIds(DOCKET_ENTRY_DOCUMENTS.map((d) => d.id));
    }
    expect(await sut.count()).toBe(CONTRACT_DOCUMENTS.length);
  });

  it('replaces a document on upsert and deletes a whole filing', async () => {
    const replacement: SearchDocument = { ...CONTRACT_DOCUMENTS[6], text: 'Replaced text about zebras.' };
    await sut.upsert([replacement]);
    expect(ids((await sut.search(query('zebras'))).hits)).toEqual(['kadrey-motion-1']);
    await sut.deleteByDocumentId('d-bartz-order');
    expect((await sut.search(query('', {}, { document: 'd-bartz-order' }))).total).toBe(0);
    await sut.deleteByIds(['case-nyt']);
    expect(await sut.count()).toBe(CONTRACT_DOCUMENTS.length - 3);
  });
}
