import { Case } from '@casetrail/cases';
import { dataSourceOptions } from '@casetrail/database';
import { ALL_ENTITIES, CasetrailModule } from '@casetrail/runtime';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@casetrail/config';
import { exportTimeline, TimelineFormat, TimelineService } from '@casetrail/timeline';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DataSource } from 'typeorm';
import { startApiProcess } from './api-process';
import { benchDatabase } from './bench-database';
import { round, summarize } from './stats';
import { SuiteContext } from './suite';

const FORMATS: TimelineFormat[] = ['csv', 'json', 'ics', 'pdf'];

/** Inserts a case with `count` dated events (a long-running MDL's worth). */
async function seedTimeline(dataSource: DataSource, count: number): Promise<string> {
  await dataSource.query(
    `INSERT INTO courts (id, name, short_name, country, level) VALUES ('nysd', 'S.D.N.Y.', 'S.D.N.Y.', 'US', 'district')`,
  );
  const saved = await dataSource
    .getRepository(Case)
    .save({ slug: 'bench-export', caption: 'Bench v. Export', shortName: 'Bench v. Export', courtId: 'nysd' });
  await dataSource.query(
    `INSERT INTO case_events (case_id, date, type, title, summary, source_url, natural_key)
     SELECT $1, date '2015-01-01' + (n % 4000), (ARRAY['order','motion','complaint','opinion','hearing','notice'])[1 + n % 6],
            'Entry ' || n || ': "quoted", with, commas', 'Summary line ' || n || E'\\nsecond line', 'https://example.org/' || n, 'bench|' || n
     FROM generate_series(1, $2) AS n`,
    [saved.id, count],
  );
  return saved.slug;
}

/** Streams one export into a sink that only counts bytes; samples the heap while it runs. */
async function measure(url: string, format: TimelineFormat): Promise<{ ms: number; bytes: number }> {
  const started = process.hrtime.bigint();
  const response = await fetch(`${url}/api/v1/cases/bench-export/timeline?format=${format}`);
  if (!response.ok || !response.body) throw new Error(`export ${format} failed: ${response.status}`);
  let bytes = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
  }
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, bytes };
}

/** In-process export of the same timeline, to read the exporter's own heap growth. */
async function inProcessHeap(service: TimelineService, format: TimelineFormat, slug: string): Promise<number> {
  const scope = await service.resolve({ cases: [slug] }, {});
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  await pipeline(
    exportTimeline(format, scope.meta, service.items(scope, {})),
    new Writable({ write: (_c, _e, cb) => cb() }),
  );
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return (peak - before) / 2 ** 20;
}

export async function exportSuite(ctx: SuiteContext): Promise<void> {
  const events = Number(process.env['BENCH_EXPORT_EVENTS'] ?? 10_000);
  const runs = Number(process.env['BENCH_RUNS'] ?? 7);
  const formats =
    process.env['BENCH_EXPORT_FORMATS']
      ?.split(',')
      .filter((f): f is TimelineFormat => (FORMATS as string[]).includes(f)) ?? FORMATS;
  const db = await benchDatabase('export');
  const dataSource = await new DataSource({ ...dataSourceOptions(db.url, ALL_ENTITIES) }).initialize();
  try {
    const slug = await seedTimeline(dataSource, events);
    ctx.note(`timeline: ${events} events in one case; ${runs} runs per format over HTTP (API in its own process)`);
    const api = await startApiProcess(ctx.root, db.url);
    const config = { ...loadConfig({ LOG_LEVEL: 'silent' }), databaseUrl: db.url };
    const app = await NestFactory.createApplicationContext(CasetrailModule.forRoot({ config, databaseUrl: db.url }), {
      logger: false,
    });
    const timelines = app.get(TimelineService);
    try {
      for (const format of formats) {
        await measure(api.url, format);
        const results = [];
        for (let i = 0; i < runs; i += 1) results.push(await measure(api.url, format));
        const time = summarize(results.map((r) => r.ms));
        const heap = await inProcessHeap(timelines, format, slug);
        ctx.row({
          format,
          events,
          'median ms': round(time.median, 1),
          'p95 ms': round(time.p95, 1),
          'MiB out': round(results[0].bytes / 2 ** 20, 2),
          'peak heap growth MiB (in-process)': round(heap, 1),
        });
      }
    } finally {
      await app.close();
      await api.stop();
    }
  } finally {
    await dataSource.destroy();
    await db.close();
  }
}
