import { dataSourceOptions } from '@casetrail/database';
import {
  emptySearchDocument,
  MeilisearchSearchIndex,
  meiliSearchParams,
  PostgresSearchIndex,
  SearchIndex,
  SearchDocument,
  SearchKind,
  SearchQuery,
  SearchSort,
} from '@casetrail/search';
import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import os from 'node:os';
import { DataSource } from 'typeorm';
import { ApiProcess, startApiProcess } from './api-process';
import { benchDatabase } from './bench-database';
import { round, Summary, summarize } from './stats';
import { SuiteContext } from './suite';

interface MixEntry {
  label: string;
  params: Record<string, string>;
}

/** A fixed mix: single words, phrases, filters, facets, misspellings, exclusion. */
const MIX: MixEntry[] = [
  { label: 'word', params: { q: 'copyright' } },
  { label: 'word', params: { q: 'transformative' } },
  { label: 'word', params: { q: 'discovery' } },
  { label: 'word', params: { q: 'injunction' } },
  { label: 'phrase', params: { q: '"fair use"' } },
  { label: 'phrase', params: { q: '"motion to dismiss"' } },
  { label: 'phrase', params: { q: '"summary judgment"' } },
  { label: 'filter', params: { q: 'copyright', court: 'cand' } },
  { label: 'filter', params: { q: 'infringement', documentType: 'order' } },
  { label: 'filter', params: { q: 'damages', filedFrom: '2022-01-01', filedTo: '2022-12-31' } },
  { label: 'filter', params: { q: 'court', case: 'bench-case-7' } },
  { label: 'facets', params: { q: 'copyright', facets: 'court,documentType,year' } },
  { label: 'facets', params: { q: 'judgment', facets: 'case' } },
  { label: 'typo', params: { q: 'copyrigth infringment' } },
  { label: 'typo', params: { q: 'transformitive' } },
  { label: 'exclude', params: { q: 'fair use -piracy' } },
];

const COURTS = ['nysd', 'cand', 'cacd', 'mad', 'ded', 'tnmd'];
const TYPES = ['order', 'opinion', 'complaint', 'motion', 'opposition', 'reply'];

function toQuery(params: Record<string, string>): SearchQuery {
  const day = (d: string, end: boolean) => Math.floor(Date.parse(`${d}T${end ? '23:59:59' : '00:00:00'}Z`) / 1000);
  return {
    q: params['q'] ?? '',
    filters: {
      court: params['court'],
      documentType: params['documentType'],
      case: params['case'],
      filedFrom: params['filedFrom'] ? day(params['filedFrom'], false) : undefined,
      filedTo: params['filedTo'] ? day(params['filedTo'], true) : undefined,
    },
    sort: SearchSort.Relevance,
    facets: (params['facets'] ?? '').split(',').filter(Boolean) as SearchQuery['facets'],
    limit: 20,
    offset: 0,
  };
}

/** Corpus texts cut into page-sized pieces at whitespace. */
function corpusPages(): { file: string; page: number; text: string }[] {
  const dir = corpusPath('filings', 'text');
  const pages: { file: string; page: number; text: string }[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const text = fs.readFileSync(`${dir}/${file}`, 'utf8').replace(/\s+/g, ' ');
    let page = 1;
    for (let start = 0; start < text.length; page += 1) {
      let end = Math.min(text.length, start + 2800);
      if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
      pages.push({ file, page, text: text.slice(start, end) });
      start = end + 1;
    }
  }
  return pages;
}

async function buildIndex(dataSource: DataSource, targetPages: number): Promise<number> {
  const base = corpusPages();
  const docs: SearchDocument[] = base.map((p, i) => ({
    ...emptySearchDocument(`bench_0_${i}`, SearchKind.Filing),
    caseId: null,
    caseSlug: `bench-case-${i % 200}`,
    caseName: `Bench case ${i % 200}`,
    court: COURTS[i % COURTS.length],
    documentId: `bench-doc-0-${p.file}`,
    documentTitle: p.file.replace(/\.txt$/, ''),
    documentType: TYPES[i % TYPES.length],
    page: p.page,
    text: p.text,
    filedAt: 1577836800 + (i % 2000) * 86400,
    year: new Date((1577836800 + (i % 2000) * 86400) * 1000).getUTCFullYear(),
  }));
  await new PostgresSearchIndex(dataSource).upsert(docs);
  const copies = Math.ceil(targetPages / base.length) - 1;
  // Copies vary the case metadata; PostgreSQL computes their tsvectors itself.
  await dataSource.query(
    `INSERT INTO search_documents (id, kind, case_slug, case_name, court, parties, judges, parties_lower, judges_lower, names_text,
       document_id, document_title, document_type, page, text, filed_at, year)
     SELECT 'bench_' || n || '_' || split_part(d.id, '_', 3), d.kind,
       'bench-case-' || ((split_part(d.id, '_', 3)::int + n * 7) % 200), 'Bench case ' || ((split_part(d.id, '_', 3)::int + n * 7) % 200),
       (ARRAY['nysd','cand','cacd','mad','ded','tnmd'])[1 + ((split_part(d.id, '_', 3)::int + n) % 6)], d.parties, d.judges, d.parties_lower,
       d.judges_lower, d.names_text, 'bench-doc-' || n || '-' || d.document_title, d.document_title,
       (ARRAY['order','opinion','complaint','motion','opposition','reply'])[1 + ((split_part(d.id, '_', 3)::int + n) % 6)],
       d.page, d.text, d.filed_at + n * 3 * 86400, extract(year FROM to_timestamp(d.filed_at + n * 3 * 86400))::int
     FROM search_documents d, generate_series(1, $1) AS n`,
    [copies],
  );
  await dataSource.query('VACUUM ANALYZE search_documents');
  const [{ count }] = (await dataSource.query('SELECT count(*)::int AS count FROM search_documents')) as {
    count: number;
  }[];
  return count;
}

/** One timed call of a query of the mix, by label. */
type Probe = (entry: MixEntry) => Promise<void>;

interface Timed {
  all: number[];
  byLabel: Map<string, number[]>;
  errors: number;
}

/** Runs the mix for `durationMs` with `concurrency` callers, each taking the next query of the mix. */
async function timedRun(probe: Probe, concurrency: number, durationMs: number): Promise<Timed> {
  const timed: Timed = { all: [], byLabel: new Map(), errors: 0 };
  const deadline = Date.now() + durationMs;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const entry = MIX[next++ % MIX.length];
        const started = process.hrtime.bigint();
        try {
          await probe(entry);
        } catch {
          timed.errors += 1;
          continue;
        }
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        timed.all.push(ms);
        if (!timed.byLabel.has(entry.label)) timed.byLabel.set(entry.label, []);
        timed.byLabel.get(entry.label)?.push(ms);
      }
    }),
  );
  return timed;
}

const engineProbe =
  (index: SearchIndex): Probe =>
  async (entry) => {
    await index.search(toQuery(entry.params));
  };

/** The adapter's exact request body, sent with fetch (keep-alive, no compression) and read whole. */
const rawMeiliProbe =
  (url: string, apiKey: string | null, indexUid: string): Probe =>
  async (entry) => {
    const query = toQuery(entry.params);
    const response = await fetch(`${url}/indexes/${indexUid}/search`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept-Encoding': 'identity',
        ...(apiKey ? { Authorization: `Bearer ${apiKey}` } : {}),
      },
      body: JSON.stringify({ q: query.q, ...meiliSearchParams(query) }),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`Meilisearch answered ${response.status}`);
  };

/** `GET /api/v1/search` through the API process, with the same client as the raw Meilisearch probe. */
const apiProbe =
  (url: string): Probe =>
  async (entry) => {
    const response = await fetch(`${url}/api/v1/search?${new URLSearchParams(entry.params).toString()}`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`API answered ${response.status}`);
  };

const LABELS = [...new Set(MIX.map((entry) => entry.label))];

function tableRow(engine: string, path: string, concurrency: number, timed: Timed): Record<string, string | number> {
  const all = summarize(timed.all);
  const perLabel = Object.fromEntries(
    LABELS.map((label) => {
      const s: Summary = summarize(timed.byLabel.get(label) ?? []);
      return [`${label} p50/p95`, `${round(s.median, 1)} / ${round(s.p95, 1)}`];
    }),
  );
  return {
    engine,
    path,
    concurrency,
    requests: all.n,
    errors: timed.errors,
    'p50 ms': round(all.median, 1),
    'p95 ms': round(all.p95, 1),
    'p99 ms': round(all.p99, 1),
    ...perLabel,
  };
}

/** Every page of the PostgreSQL bench index, as search documents, in id order. */
async function benchDocuments(dataSource: DataSource): Promise<SearchDocument[]> {
  const documents: SearchDocument[] = [];
  let after = '';
  for (;;) {
    const rows = (await dataSource.query(
      `SELECT id, case_slug, case_name, court, document_id, document_title, document_type, page, text, filed_at, year
       FROM search_documents WHERE id > $1 ORDER BY id LIMIT 10000`,
      [after],
    )) as {
      id: string;
      case_slug: string;
      case_name: string;
      court: string;
      document_id: string;
      document_title: string;
      document_type: string;
      page: number;
      text: string;
      filed_at: string;
      year: number;
    }[];
    if (rows.length === 0) return documents;
    for (const row of rows) {
      documents.push({
        ...emptySearchDocument(row.id, SearchKind.Filing),
        caseSlug: row.case_slug,
        caseName: row.case_name,
        court: row.court,
        documentId: row.document_id,
        documentTitle: row.document_title,
        documentType: row.document_type,
        page: row.page,
        text: row.text,
        filedAt: Number(row.filed_at),
        year: row.year,
      });
    }
    after = rows[rows.length - 1].id;
  }
}

interface MeiliTarget {
  url: string;
  apiKey: string | null;
  indexUid: string;
  index: MeilisearchSearchIndex;
}

/** Indexes the PostgreSQL bench pages into a fresh Meilisearch index; notes the rate and size. */
async function buildMeiliIndex(ctx: SuiteContext, dataSource: DataSource, url: string): Promise<MeiliTarget> {
  const apiKey = process.env['MEILI_MASTER_KEY'] ?? null;
  const indexUid = 'casetrail_bench';
  const { Meilisearch } = await import('meilisearch');
  const client = new Meilisearch({ host: url, apiKey: apiKey ?? undefined });
  await client.deleteIndex(indexUid).waitTask({ timeout: 600_000 });
  const index = new MeilisearchSearchIndex(url, apiKey, indexUid);
  await index.ensureReady();
  const documents = await benchDocuments(dataSource);
  const started = Date.now();
  await index.upsert(documents);
  const seconds = (Date.now() - started) / 1000;
  const stats = await client.getStats();
  ctx.note(
    `index: ${await index.count()} pages into Meilisearch in ${round(seconds, 1)} s (${Math.round(documents.length / seconds)} pages/s, ` +
      `batches of 1,000 enqueued without waiting, one wait at the end); Meilisearch database ${round(stats.databaseSize / 2 ** 20, 0)} MiB on disk`,
  );
  ctx.note(await indexingTrace(url, apiKey, indexUid, new Date(started)));
  const restarted = Date.now();
  await index.ensureReady();
  ctx.note(`Meilisearch ensureReady on the built index (settings unchanged): ${Date.now() - restarted} ms`);
  return { url, apiKey, indexUid, index };
}

/** Where Meilisearch's own time went, summed over the indexing batches of this build (`GET /batches`). */
async function indexingTrace(url: string, apiKey: string | null, indexUid: string, since: Date): Promise<string> {
  // Batches outlive a deleted index of the same uid: only this build's count.
  const query = `indexUids=${indexUid}&types=documentAdditionOrUpdate&afterEnqueuedAt=${since.toISOString()}&limit=1000`;
  const response = await fetch(`${url}/batches?${query}`, {
    headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : {},
  });
  const { results } = (await response.json()) as {
    results: { duration: string | null; stats?: { progressTrace?: Record<string, string> } }[];
  };
  const seconds = (value: string) => {
    // Rust's `{:.2?}` of a Duration: 69.98s, 136.33ms, 47.48µs, 12.00ns.
    const match = /^([\d.]+)(ns|µs|ms|s)$/.exec(value);
    if (!match) return 0;
    return Number(match[1]) * ({ s: 1, ms: 1e-3, µs: 1e-6, ns: 1e-9 } as Record<string, number>)[match[2]];
  };
  const steps = ['indexing > extracting words', 'indexing > extracting word proximity'];
  const sums = new Map<string, number>(steps.map((step) => [step, 0]));
  let total = 0;
  for (const batch of results) {
    const trace = batch.stats?.progressTrace ?? {};
    total += seconds(trace['processing tasks'] ?? '0s');
    for (const step of steps)
      sums.set(step, (sums.get(step) ?? 0) + seconds(trace[`processing tasks > ${step}`] ?? '0s'));
  }
  return (
    `Meilisearch's own trace over ${results.length} indexing batches: ${round(total, 1)} s processing, of which ` +
    steps.map((step) => `"${step.replace('indexing > ', '')}" ${round(sums.get(step) ?? 0, 1)} s`).join(', ')
  );
}

async function totalsByEngine(indexes: SearchIndex[]): Promise<string> {
  const words = MIX.filter((entry) => entry.label === 'word').map((entry) => entry.params['q'] ?? '');
  const parts: string[] = [];
  for (const word of words) {
    const totals = await Promise.all(
      indexes.map(async (index) => [index.engine, await index.search(toQuery({ q: word }))] as const),
    );
    parts.push(
      `${word}: ${totals
        .map(([engine, result]) => `${engine} ${result.total}${result.totalIsEstimate ? ' (estimate)' : ''}`)
        .join(', ')}`,
    );
  }
  return parts.join('; ');
}

async function withApi<T>(
  root: string,
  databaseUrl: string,
  env: NodeJS.ProcessEnv,
  run: (api: ApiProcess) => Promise<T>,
) {
  const started = Date.now();
  const api = await startApiProcess(root, databaseUrl, env);
  const startMs = Date.now() - started;
  try {
    return { result: await run(api), startMs };
  } finally {
    await api.stop();
  }
}

export async function searchSuite(ctx: SuiteContext): Promise<void> {
  const targetPages = Number(process.env['BENCH_SEARCH_PAGES'] ?? 100_000);
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 20);
  const meiliUrl = process.env['MEILI_URL'] ?? null;
  const db = await benchDatabase('search');
  const dataSource = await new DataSource({ ...dataSourceOptions(db.url, []), extra: { max: 20 } }).initialize();
  try {
    const built = Date.now();
    const pages = await buildIndex(dataSource, targetPages);
    const [{ bytes }] = (await dataSource.query(
      `SELECT (pg_total_relation_size('search_documents') + pg_total_relation_size('search_terms'))::bigint AS bytes`,
    )) as { bytes: string }[];
    ctx.note(
      `index: ${pages} pages built in ${round((Date.now() - built) / 1000, 1)} s from the corpus texts (PostgreSQL engine: ` +
        `${targetPages > 0 ? 'the corpus pages through the adapter, the copies by one INSERT … SELECT' : ''}); ` +
        `search_documents and search_terms ${round(Number(bytes) / 2 ** 20, 0)} MiB with indexes and TOAST`,
    );
    const postgres = new PostgresSearchIndex(dataSource);
    const meili = meiliUrl ? await buildMeiliIndex(ctx, dataSource, meiliUrl) : null;
    if (!meili) ctx.note('MEILI_URL is not set: PostgreSQL only.');
    const durationMs = seconds * 1000;

    // PostgreSQL: the adapter in this process, then the API process on the same database.
    await timedRun(engineProbe(postgres), 4, 3000);
    for (const concurrency of [1, 16])
      ctx.row(
        tableRow(
          'postgres',
          'engine in-process',
          concurrency,
          await timedRun(engineProbe(postgres), concurrency, durationMs),
        ),
      );
    const pgApi = await withApi(ctx.root, db.url, { MEILI_URL: undefined }, async (api) => {
      await timedRun(apiProbe(api.url), 4, 3000);
      for (const concurrency of [1, 16])
        ctx.row(tableRow('postgres', 'API', concurrency, await timedRun(apiProbe(api.url), concurrency, durationMs)));
    });
    ctx.note(`API process with PostgreSQL healthy ${pgApi.startMs} ms after spawn`);

    if (meili) {
      const raw = rawMeiliProbe(meili.url, meili.apiKey, meili.indexUid);
      await timedRun(raw, 4, 3000);
      for (const concurrency of [1, 16]) {
        ctx.row(tableRow('meilisearch', 'raw HTTP', concurrency, await timedRun(raw, concurrency, durationMs)));
        ctx.row(
          tableRow(
            'meilisearch',
            'engine in-process',
            concurrency,
            await timedRun(engineProbe(meili.index), concurrency, durationMs),
          ),
        );
      }
      const meiliEnv = {
        MEILI_URL: meili.url,
        MEILI_INDEX: meili.indexUid,
        MEILI_MASTER_KEY: meili.apiKey ?? undefined,
      };
      const meiliApi = await withApi(ctx.root, db.url, meiliEnv, async (api) => {
        await timedRun(apiProbe(api.url), 4, 3000);
        for (const concurrency of [1, 16])
          ctx.row(
            tableRow('meilisearch', 'API', concurrency, await timedRun(apiProbe(api.url), concurrency, durationMs)),
          );
      });
      ctx.note(
        `API process with Meilisearch (100k-page index, settings unchanged) healthy ${meiliApi.startMs} ms after spawn`,
      );
      ctx.note(`totals for the single words of the mix: ${await totalsByEngine([postgres, meili.index])}`);
    } else {
      ctx.note(`totals for the single words of the mix: ${await totalsByEngine([postgres])}`);
    }
    ctx.note(
      `load average (1, 5, 15 min) at the end: ${os
        .loadavg()
        .map((l) => round(l, 2))
        .join(', ')} on ${os.cpus().length} cores`,
    );
  } finally {
    await dataSource.destroy();
    await db.close();
  }
}
