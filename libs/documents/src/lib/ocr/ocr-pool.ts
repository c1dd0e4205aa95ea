import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Piscina from 'piscina';
import { OcrFailureCode, OcrPageOutcome, OcrPageTask } from './ocr-task';

export interface OcrPoolOptions {
  threads: number;
  /** A page that takes longer is abandoned (its thread is stopped) and marked failed. */
  pageTimeoutMs: number;
  dpi: number;
  maxPixels: number;
  /** V8 heap of one OCR thread; a page that needs more fails instead of taking the process down. */
  threadMemoryMb: number;
}

/** Cores minus one (one is left to the event loop and PostgreSQL), at least one. */
export function defaultOcrThreads(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

export const DEFAULT_OCR_DPI = 300;
/** 36 million pixels: an A0 sheet at about 165 DPI; US Letter at 300 DPI is 8.4 million. */
export const DEFAULT_OCR_MAX_PIXELS = 36_000_000;

/**
 * The compiled thread entry (`ocr-thread.js`). Worker threads run plain JavaScript: next to this
 * file in the build (`dist/`); under Jest, which runs the TypeScript sources, the same file in
 * `dist/` (the specs build first with `node tools/build.mjs`).
 */
export function ocrThreadFile(): string {
  if (__filename.endsWith('.js')) return path.join(__dirname, 'ocr-thread.js');
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no workspace root above ${__dirname}`);
    dir = parent;
  }
  const built = path.join(dir, 'dist', path.relative(dir, __dirname), 'ocr-thread.js');
  if (!fs.existsSync(built)) throw new Error(`${built} is missing: run \`node tools/build.mjs\` first`);
  return built;
}

/**
 * The OCR worker-thread pool: each task renders one page with PDF.js and reads it with Tesseract in
 * a thread of its own, so OCR never runs on an event loop. Threads start on demand and stop after a
 * minute idle (each holds a Tesseract instance of about 100 MB).
 */
export class OcrPool {
  private readonly pool: Piscina<OcrPageTask, OcrPageOutcome>;

  constructor(private readonly options: OcrPoolOptions) {
    this.pool = new Piscina({
      filename: ocrThreadFile(),
      minThreads: 0,
      maxThreads: options.threads,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: options.threadMemoryMb },
    });
  }

  get threads(): number {
    return this.options.threads;
  }

  async readPage(file: string, page: number): Promise<OcrPageOutcome> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.pageTimeoutMs);
    try {
      return await this.pool.run(
        { file, page, dpi: this.options.dpi, maxPixels: this.options.maxPixels },
        { signal: controller.signal },
      );
    } catch (error) {
      if (controller.signal.aborted) {
        return {
          ok: false,
          page,
          code: OcrFailureCode.Timeout,
          message: `Reading the page took longer than ${Math.round(this.options.pageTimeoutMs / 1000)} s.`,
        };
      }
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, page, code: OcrFailureCode.Crashed, message: `The OCR thread stopped: ${message}` };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
