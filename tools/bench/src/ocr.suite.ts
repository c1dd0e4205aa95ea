import 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
import { mapConcurrent } from '@casetrail/core';
import {
  DEFAULT_OCR_DPI,
  DEFAULT_OCR_MAX_PIXELS,
  defaultOcrThreads,
  englishModelDir,
  extractDocument,
  GreyImage,
  OcrPool,
  pageNeedsOcr,
  toPgm,
  wordSimilarity,
} from '@casetrail/documents';
import { OCR_ACCURACY_FILINGS, renderPdfPages, textLayerPages } from '@casetrail/documents/testing';
import { corpusPath, imageOnlyPdf } from '@casetrail/testing';
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { round } from './stats';
import { SuiteContext } from './suite';

const run = promisify(execFile);

/** The corpus files without a usable text layer (docs/filings.md). */
const HARD_FILES = [
  'image-only_court-document.pdf',
  'image-only_court-document-2.pdf',
  'ca3_21-1298_doc42_ocr-variation.pdf',
  'gov.uscourts.cacd.624044.465.0.pdf',
  'gov.uscourts.cacd.636518.372.0_1.pdf',
  'gov.uscourts.cand.203343.17.0.pdf',
  'gov.uscourts.nysd.413994.212.0.pdf',
];

interface BenchPage {
  label: string;
  image: GreyImage;
  textLayer: string;
}

/** The pages the accuracy spec reads (each filing's first pages with a usable text layer), rendered. */
async function benchPages(perFiling: number): Promise<BenchPage[]> {
  const pages: BenchPage[] = [];
  for (const { filing, bytes, pages: chosen } of await textLayerPages(perFiling, OCR_ACCURACY_FILINGS)) {
    const images = await renderPdfPages(
      bytes,
      chosen.map((p) => p.number),
      DEFAULT_OCR_DPI,
    );
    chosen.forEach((p, i) => pages.push({ label: `${filing} p${p.number}`, image: images[i], textLayer: p.textLayer }));
  }
  return pages;
}

function hasTesseract(): boolean {
  try {
    execFileSync('tesseract', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Pages per minute and mean word similarity of one way of reading the pages. */
interface Measured {
  pagesPerMinute: number;
  similarity: number;
}

async function casetrail(pages: BenchPage[], dir: string, threads: number): Promise<Measured> {
  const file = path.join(dir, 'scan.pdf');
  fs.writeFileSync(file, imageOnlyPdf(pages.map(({ image }) => image)));
  const pool = new OcrPool({
    threads,
    pageTimeoutMs: 30 * 60_000,
    dpi: DEFAULT_OCR_DPI,
    maxPixels: DEFAULT_OCR_MAX_PIXELS,
    threadMemoryMb: 1024,
  });
  try {
    // Warm-up: each thread loads PDF.js and the model once, as a long-running worker does.
    await Promise.all(Array.from({ length: threads }, (_, i) => pool.readPage(file, i + 1)));
    const started = process.hrtime.bigint();
    const outcomes = await Promise.all(pages.map((_, i) => pool.readPage(file, i + 1)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const texts = outcomes.map((o) => (o.ok ? o.text : ''));
    return { pagesPerMinute: (60 * pages.length) / seconds, similarity: meanSimilarity(pages, texts) };
  } finally {
    await pool.close();
  }
}

/** Debian's `tesseract` on the same grey images (PGM), one process per page, `threads` at a time. */
async function nativeTesseract(
  pages: BenchPage[],
  dir: string,
  threads: number,
  tessdataDir: string | null,
): Promise<Measured> {
  const files = pages.map((page, i) => {
    const file = path.join(dir, `page-${i}.pgm`);
    fs.writeFileSync(file, toPgm(page.image));
    return file;
  });
  const args = (file: string) => [
    file,
    'stdout',
    '-l',
    'eng',
    '--dpi',
    String(DEFAULT_OCR_DPI),
    ...(tessdataDir ? ['--tessdata-dir', tessdataDir] : []),
  ];
  // One thread per process, as the pool's threads each run one Tesseract.
  const env = { ...process.env, OMP_THREAD_LIMIT: '1' };
  const started = process.hrtime.bigint();
  const texts = await mapConcurrent(
    files,
    threads,
    async (file) => (await run('tesseract', args(file), { env, maxBuffer: 16 * 1024 * 1024 })).stdout,
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { pagesPerMinute: (60 * pages.length) / seconds, similarity: meanSimilarity(pages, texts) };
}

function meanSimilarity(pages: BenchPage[], texts: string[]): number {
  return pages.reduce((sum, page, i) => sum + wordSimilarity(page.textLayer, texts[i]), 0) / pages.length;
}

/** What OCR gives on the corpus files that have no usable text layer, file by file. */
async function hardFiles(ctx: SuiteContext, threads: number): Promise<void> {
  const pool = new OcrPool({
    threads,
    pageTimeoutMs: 30 * 60_000,
    dpi: DEFAULT_OCR_DPI,
    maxPixels: DEFAULT_OCR_MAX_PIXELS,
    threadMemoryMb: 1024,
  });
  try {
    for (const name of HARD_FILES) {
      const file = corpusPath('filings', 'pdf', name);
      const extracted = await extractDocument(fs.readFileSync(file), { mediaType: 'application/pdf', fileName: name });
      const needing = extracted.pages.filter((p) => pageNeedsOcr(p.text));
      const outcomes = await Promise.all(needing.map((p) => pool.readPage(file, p.number)));
      const read = outcomes.flatMap((o) => (o.ok ? [o] : []));
      const words = read.reduce((n, o) => n + (o.text.match(/[A-Za-z]{2,}/g)?.length ?? 0), 0);
      const confidence = read.length ? read.reduce((n, o) => n + o.confidence, 0) / read.length : 0;
      const failed = outcomes.flatMap((o) => (o.ok ? [] : [`p${o.page} ${o.code}`]));
      const first = read[0]?.text.replace(/\s+/g, ' ').slice(0, 90) ?? '';
      ctx.note(
        `${name}: ${extracted.pageCount} page(s), text layer ${extracted.textLayerIssue ?? 'usable'}, OCR'd ${read.length}/${needing.length}` +
          `, ${words} words, mean confidence ${round(confidence, 0)}${failed.length ? `, failed ${failed.join(', ')}` : ''}; begins "${first}"`,
      );
    }
  } finally {
    await pool.close();
  }
}

/**
 * `npm run bench -- ocr`: pages per minute of Casetrail's OCR (render with PDF.js + read with
 * tesseract.js in the thread pool) beside Debian's native `tesseract` on the same grey page images,
 * with the word similarity of each to the pages' text layer; then what OCR gives on the hard files.
 */
export async function ocrSuite(ctx: SuiteContext): Promise<void> {
  const perFiling = Number(process.env['BENCH_OCR_PAGES_PER_FILING'] ?? 2);
  const threads = Number(process.env['BENCH_OCR_THREADS'] ?? defaultOcrThreads());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-bench-ocr-'));
  try {
    const pages = await benchPages(perFiling);
    ctx.note(
      `${pages.length} pages (${perFiling} per filing from ${OCR_ACCURACY_FILINGS.length} filings) rendered at ${DEFAULT_OCR_DPI} DPI grey; ${threads} OCR thread(s); ${os.cpus().length} cores`,
    );
    const ours = await casetrail(pages, dir, threads);
    ctx.row({
      reader: 'Casetrail: PDF.js render + tesseract.js (eng 4.0.0_best_int), thread pool',
      'pages/min': round(ours.pagesPerMinute, 1),
      'word similarity': round(ours.similarity, 4),
    });
    if (!hasTesseract()) {
      ctx.note('tesseract not installed (Debian tesseract-ocr): the native limit is not measured');
    } else {
      const debian = await nativeTesseract(pages, dir, threads, null);
      ctx.row({
        reader: "native tesseract, Debian's eng model (image only, no rendering)",
        'pages/min': round(debian.pagesPerMinute, 1),
        'word similarity': round(debian.similarity, 4),
      });
      // The same model as tesseract.js, for a like-for-like comparison of the engines.
      const tessdata = path.join(dir, 'tessdata');
      fs.mkdirSync(tessdata);
      fs.writeFileSync(
        path.join(tessdata, 'eng.traineddata'),
        zlib.gunzipSync(fs.readFileSync(path.join(englishModelDir(), 'eng.traineddata.gz'))),
      );
      const same = await nativeTesseract(pages, dir, threads, tessdata);
      ctx.row({
        reader: 'native tesseract, the same eng 4.0.0_best_int model (image only)',
        'pages/min': round(same.pagesPerMinute, 1),
        'word similarity': round(same.similarity, 4),
      });
      ctx.row({
        reader: 'ratio Casetrail / native, same model',
        'pages/min': round(ours.pagesPerMinute / same.pagesPerMinute),
        'word similarity': null,
      });
      ctx.row({
        reader: "ratio Casetrail / native, Debian's model",
        'pages/min': round(ours.pagesPerMinute / debian.pagesPerMinute),
        'word similarity': null,
      });
    }
    await hardFiles(ctx, threads);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
