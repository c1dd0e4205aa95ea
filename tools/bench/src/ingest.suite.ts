import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@casetrail/config';
import { mapConcurrent } from '@casetrail/core';
import { CALLER_INGEST_CONCURRENCY, DocumentExtractionService, DocumentIngestService } from '@casetrail/documents';
import { CasetrailModule } from '@casetrail/runtime';
import { SearchService } from '@casetrail/search';
import { corpusPath } from '@casetrail/testing';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFParse } from 'pdf-parse';
import { benchDatabase } from './bench-database';
import { round, summarize } from './stats';
import { SuiteContext } from './suite';

interface Copy {
  name: string;
  bytes: Buffer;
  pages: number;
}

/**
 * The corpus PDFs that have a text layer, copied until the set has at least `minPages` pages. Each
 * copy gets a distinct trailing PDF comment, so its SHA-256 differs and ingest does not dedupe it.
 */
async function replicatedCorpus(minPages: number): Promise<Copy[]> {
  const dir = corpusPath('filings', 'pdf');
  const originals: Copy[] = [];
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()) {
    const bytes = fs.readFileSync(path.join(dir, file));
    const parser = new PDFParse({ data: new Uint8Array(bytes) });
    try {
      const info = await parser.getInfo();
      originals.push({ name: file, bytes, pages: info.total });
    } catch {
      // unreadable files are not part of a throughput measurement
    } finally {
      await parser.destroy();
    }
  }
  const copies: Copy[] = [];
  let total = 0;
  for (let round = 0; total < minPages; round += 1) {
    for (const original of originals) {
      copies.push({
        name: `${round}-${original.name}`,
        bytes: Buffer.concat([original.bytes, Buffer.from(`\n%casetrail-bench-copy ${round}\n`)]),
        pages: original.pages,
      });
      total += original.pages;
    }
  }
  return copies;
}

async function rawPdfParse(copies: Copy[]): Promise<number> {
  const started = process.hrtime.bigint();
  let pages = 0;
  for (const copy of copies) {
    const parser = new PDFParse({ data: new Uint8Array(copy.bytes) });
    try {
      pages += (await parser.getText()).pages.length;
    } finally {
      await parser.destroy();
    }
  }
  return pages / (Number(process.hrtime.bigint() - started) / 1e9);
}

function pdftotext(copies: Copy[]): number | null {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-pdftotext-'));
  const files = copies.map((copy, i) => {
    const file = path.join(dir, `${i}.pdf`);
    fs.writeFileSync(file, copy.bytes);
    return file;
  });
  const started = process.hrtime.bigint();
  for (const file of files) execFileSync('pdftotext', ['-layout', file, `${file}.txt`], { stdio: 'ignore' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.rmSync(dir, { recursive: true, force: true });
  return copies.reduce((sum, c) => sum + c.pages, 0) / seconds;
}

export async function ingestSuite(ctx: SuiteContext): Promise<void> {
  const minPages = Number(process.env['BENCH_INGEST_PAGES'] ?? 5000);
  const runs = Number(process.env['BENCH_RUNS'] ?? 3);
  // As the CLI does it: files in flight at once (BENCH_INGEST_CONCURRENCY=1 for one after the other).
  const concurrency = Number(process.env['BENCH_INGEST_CONCURRENCY'] ?? CALLER_INGEST_CONCURRENCY);
  const copies = await replicatedCorpus(minPages);
  const pages = copies.reduce((sum, c) => sum + c.pages, 0);
  ctx.note(
    `${copies.length} PDF copies, ${pages} pages (corpus PDFs with a readable structure, replicated); ${concurrency} file(s) in flight`,
  );
  const raw: number[] = [];
  const casetrail: number[] = [];
  const poppler: number[] = [];
  const stages = { 'read and store': 0, 'analyse and write': 0, index: 0 };
  for (let run = 0; run < runs; run += 1) {
    raw.push(await rawPdfParse(copies));
    const db = await benchDatabase('ingest');
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-bench-blobs-'));
    const config = {
      ...loadConfig({
        LOG_LEVEL: 'silent',
        CASETRAIL_DATA_DIR: dataDir,
        CASETRAIL_WORKER_THREADS: process.env['CASETRAIL_WORKER_THREADS'],
      }),
      databaseUrl: db.url,
    };
    const app = await NestFactory.createApplicationContext(CasetrailModule.forRoot({ config, databaseUrl: db.url }), {
      logger: false,
    });
    try {
      const ingest = app.get(DocumentIngestService);
      const extraction = app.get(DocumentExtractionService);
      const search = app.get(SearchService);
      const started = process.hrtime.bigint();
      const lap = (stage: keyof typeof stages, since: bigint) => {
        const now = process.hrtime.bigint();
        stages[stage] += Number(now - since) / 1e9;
        return now;
      };
      await mapConcurrent(copies, concurrency, async (copy) => {
        let t = process.hrtime.bigint();
        const result = await ingest.ingest({ bytes: copy.bytes, fileName: copy.name }, { extractionBy: 'caller' });
        t = lap('read and store', t);
        await extraction.extract(result.documentId, result.extraction);
        t = lap('analyse and write', t);
        await search.indexDocument(result.documentId);
        lap('index', t);
      });
      casetrail.push(pages / (Number(process.hrtime.bigint() - started) / 1e9));
    } finally {
      await app.close();
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    const popplerRate = pdftotext(copies);
    if (popplerRate !== null) poppler.push(popplerRate);
  }
  const rawS = summarize(raw);
  const oursS = summarize(casetrail);
  ctx.row({ measure: 'raw pdf-parse (pages/s)', median: round(rawS.median, 1), p95: round(rawS.p95, 1), runs: rawS.n });
  ctx.row({
    measure: 'Casetrail end-to-end: store, extract, index (pages/s)',
    median: round(oursS.median, 1),
    p95: round(oursS.p95, 1),
    runs: oursS.n,
  });
  ctx.row({
    measure: 'ratio Casetrail / raw pdf-parse (medians)',
    median: round(oursS.median / rawS.median),
    p95: null,
    runs: null,
  });
  const stageTotal = Object.values(stages).reduce((a, b) => a + b, 0);
  ctx.note(
    `Casetrail's time by stage, summed over files (overlapping when several are in flight), all runs: ${Object.entries(
      stages,
    )
      .map(([stage, seconds]) => `${stage} ${round(seconds, 1)} s (${round((100 * seconds) / stageTotal, 0)} %)`)
      .join(', ')}`,
  );
  if (poppler.length) {
    const popS = summarize(poppler);
    ctx.row({
      measure: 'pdftotext -layout (pages/s)',
      median: round(popS.median, 1),
      p95: round(popS.p95, 1),
      runs: popS.n,
    });
    ctx.row({
      measure: 'ratio raw pdf-parse / pdftotext (medians)',
      median: round(rawS.median / popS.median),
      p95: null,
      runs: null,
    });
  } else {
    ctx.note('pdftotext not installed (Debian poppler-utils): its limit is not measured');
  }
}
