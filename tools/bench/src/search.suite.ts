import { dataSourceOptions } from '@casetrail/database';
import {
  emptySearchDocument,
  PostgresSearchIndex,
  SearchDocument,
  SearchKind,
  SearchQuery,
  SearchSort,
} from '@casetrail/search';
import { corpusPath } from '@casetrail/testing';
import autocannon from 'autocannon';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { startApiProcess } from './api-process';
import { benchDatabase } from './bench-database';
import { round, summarize } from './stats';
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

async function engineRun(
  index: PostgresSearchIndex,
  concurrency: number,
  durationMs: number,
  byLabel?: Map<string, number[]>,
): Promise<number[]> {
  const latencies: number[] = [];
  const deadline = Date.now() + durationMs;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const entry = MIX[next++ % MIX.length];
        const started = process.hrtime.bigint();
        await index.search(toQuery(entry.params));
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        latencies.push(ms);
        if (byLabel && !byLabel.has(entry.label)) byLabel.set(entry.label, []);
        byLabel?.get(entry.label)?.push(ms);
      }
    }),
  );
  return latencies;
}

async function apiRun(
  url: string,
  concurrency: number,
  durationSeconds: number,
): Promise<{ latencies: number[]; non2xx: number }> {
  const latencies: number[] = [];
  const requests = MIX.map((entry) => ({
    method: 'GET' as const,
    path: `/api/v1/search?${new URLSearchParams(entry.params).toString()}`,
  }));
  let non2xx = 0;
  await new Promise<void>((resolve, reject) => {
    const instance = autocannon({ url, connections: concurrency, duration: durationSeconds, requests }, (error) =>
      error ? reject(error) : resolve(),
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 300) non2xx += 1;
      latencies.push(responseTime);
    });
  });
  return { latencies, non2xx };
}

export async function searchSuite(ctx: SuiteContext): Promise<void> {
  const targetPages = Number(process.env['BENCH_SEARCH_PAGES'] ?? 100_000);
  const seconds = Number(process.env['BENCH_SECONDS'] ?? 20);
  const db = await benchDatabase('search');
  const dataSource = await new DataSource({ ...dataSourceOptions(db.url, []), extra: { max: 20 } }).initialize();
  try {
    const built = Date.now();
    const pages = await buildIndex(dataSource, targetPages);
    ctx.note(
      `index: ${pages} pages built in ${round((Date.now() - built) / 1000, 1)} s from the corpus texts (PostgreSQL engine)`,
    );
    const api = await startApiProcess(ctx.root, db.url);
    const url = api.url;
    const index = new PostgresSearchIndex(dataSource);
    await engineRun(index, 4, 3000);
    try {
      const byLabel = new Map<string, number[]>();
      for (const concurrency of [1, 16]) {
        const engine = summarize(
          await engineRun(index, concurrency, seconds * 1000, concurrency === 1 ? byLabel : undefined),
        );
        const http = await apiRun(url, concurrency, seconds);
        const apiSummary = summarize(http.latencies);
        ctx.row({
          concurrency,
          'engine p50 ms': round(engine.median),
          'engine p95 ms': round(engine.p95),
          'engine p99 ms': round(engine.p99),
          'engine req': engine.n,
          'api p50 ms': round(apiSummary.median),
          'api p95 ms': round(apiSummary.p95),
          'api p99 ms': round(apiSummary.p99),
          'api req': apiSummary.n,
          'api non-2xx': http.non2xx,
          'p95 ratio api/engine': round(apiSummary.p95 / engine.p95),
        });
      }
      ctx.note(
        `engine at concurrency 1 by kind of query (p50 / p95 ms): ${[...byLabel]
          .map(
            ([label, values]) => `${label} ${round(summarize(values).median, 1)} / ${round(summarize(values).p95, 1)}`,
          )
          .join(', ')}`,
      );
    } finally {
      await api.stop();
    }
  } finally {
    await dataSource.destroy();
    await db.close();
  }
}
