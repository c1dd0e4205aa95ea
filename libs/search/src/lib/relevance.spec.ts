import { extractDocument } from '@casetrail/documents';
import { corpusPath, createTestDataSource } from '@casetrail/testing';
import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { MeilisearchSearchIndex } from './meilisearch/meilisearch-search.index';
import { PostgresSearchIndex } from './postgres/postgres-search.index';
import { emptySearchDocument, SearchDocument, searchDocumentId, SearchKind } from './search-document';
import { SearchIndex } from './search-index.port';
import { SearchSort } from './search-query';

interface Probe {
  phrase: string;
  pageId: string;
}

const PHRASE_WORDS = 8;
const MIN_PROBES = 30;
const BARTZ_ORDER = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf';

const words = (text: string) => text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];

/**
 * Pages of every corpus PDF with a text layer, and probes: runs of eight words from the middle of
 * a page that occur on no other page. Chosen by rule, not by hand, so the check cannot be tuned.
 */
async function corpusPages(): Promise<{ documents: SearchDocument[]; probes: Probe[] }> {
  const dir = corpusPath('filings', 'pdf');
  const documents: SearchDocument[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    const extraction = await extractDocument(fs.readFileSync(`${dir}/${file}`), {
      mediaType: 'application/pdf',
      fileName: file,
    });
    if (!extraction.textLayer) continue;
    const documentId = file.replace(/\.pdf$/, '').replace(/[^A-Za-z0-9-]/g, '-');
    for (const page of extraction.pages) {
      documents.push({
        ...emptySearchDocument(searchDocumentId('page', documentId, page.number), SearchKind.Filing),
        documentId,
        documentTitle: file,
        page: page.number,
        text: page.text,
      });
    }
  }
  const pageWords = documents.map((d) => words(d.text));
  const joined = pageWords.map((w) => ` ${w.join(' ')} `);
  const probes: Probe[] = [];
  const perDocument = new Map<string, number>();
  documents.forEach((doc, i) => {
    const w = pageWords[i];
    if (w.length < 80 || (perDocument.get(doc.documentId ?? '') ?? 0) >= 2) return;
    const start = Math.floor(w.length / 2);
    const phrase = w.slice(start, start + PHRASE_WORDS).join(' ');
    const occurrences = joined.filter((page) => page.includes(` ${phrase} `)).length;
    if (occurrences !== 1) return;
    probes.push({ phrase, pageId: doc.id });
    perDocument.set(doc.documentId ?? '', (perDocument.get(doc.documentId ?? '') ?? 0) + 1);
  });
  return { documents, probes };
}

function relevanceChecks(name: string, createIndex: () => Promise<SearchIndex>) {
  describe(`relevance on the real filings corpus (${name})`, () => {
    let index: SearchIndex;
    let probes: Probe[];

    beforeAll(async () => {
      const corpus = await corpusPages();
      probes = corpus.probes;
      index = await createIndex();
      await index.ensureReady();
      await index.upsert(corpus.documents);
    }, 300_000);

    it(`puts the page a phrase came from first, for ${MIN_PROBES} or more phrases`, async () => {
      expect(probes.length).toBeGreaterThanOrEqual(MIN_PROBES);
      const misses: string[] = [];
      for (const probe of probes) {
        const result = await index.search({
          q: probe.phrase,
          filters: {},
          sort: SearchSort.Relevance,
          facets: [],
          limit: 3,
          offset: 0,
        });
        if (result.hits[0]?.id !== probe.pageId)
          misses.push(`${probe.phrase} -> expected ${probe.pageId}, got ${result.hits[0]?.id ?? 'nothing'}`);
      }
      console.log(
        `${name}: ${probes.length - misses.length}/${probes.length} phrases found their page first${misses.length ? `\n${misses.join('\n')}` : ''}`,
      );
      expect(misses).toEqual([]);
    });

    it('still finds the Bartz fair-use order with misspelt words', async () => {
      const result = await index.search({
        q: 'copyrigth infringment fair use',
        filters: {},
        sort: SearchSort.Relevance,
        facets: [],
        limit: 5,
        offset: 0,
      });
      expect(result.hits.map((h) => h.documentTitle)).toContain(BARTZ_ORDER);
    });
  });
}

describe('search relevance', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await createTestDataSource());
  });

  afterAll(() => close());

  relevanceChecks('PostgreSQL', async () => new PostgresSearchIndex(dataSource));

  const meiliUrl = process.env['MEILI_URL'];
  if (meiliUrl) {
    relevanceChecks(
      'Meilisearch',
      async () =>
        new MeilisearchSearchIndex(
          meiliUrl,
          process.env['MEILI_MASTER_KEY'] ?? null,
          `casetrail_relevance_${randomBytes(4).toString('hex')}`,
        ),
    );
  }
});
