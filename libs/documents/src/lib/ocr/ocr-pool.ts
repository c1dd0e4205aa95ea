import os from 'node:os';
import path from 'node:path';
import { defineTask, WorkerError, WorkerErrorCode, WorkerPool } from '@casetrail/workers';
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

/** Each thread holds a Tesseract of about 100 MB: an idle pool gives its threads back. */
const IDLE_TIMEOUT_MS = 60_000;

/** One page rendered and read in a worker thread (ocr-page-task.ts). */
const OCR_PAGE_TASK = defineTask<OcrPageTask, OcrPageOutcome>(path.join(__dirname, 'ocr-page-task'), 'ocrPageTask');

/**
 * What a page stores when the pool, not the page, stopped its reading: the one place where the
 * worker pool's errors become OCR failure reasons. A full or closed pool says nothing about the
 * page, so those are thrown: the page stays pending and the next run reads it.
 */
export function pageFailureOf(error: unknown, pageTimeoutMs: number): { code: OcrFailureCode; message: string } {
  if (error instanceof WorkerError) {
    switch (error.code) {
      case WorkerErrorCode.TimedOut:
        return {
          code: OcrFailureCode.Timeout,
          message: `Reading the page took longer than ${Math.round(pageTimeoutMs / 1000)} s.`,
        };
      case WorkerErrorCode.OutOfMemory:
        return { code: OcrFailureCode.Crashed, message: `The OCR thread stopped: ${error.message}` };
      case WorkerErrorCode.PoolBusy:
      case WorkerErrorCode.PoolClosed:
        throw error;
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: OcrFailureCode.Crashed, message: `The OCR thread stopped: ${message}` };
}

/**
 * OCR's pool of worker threads (a WorkerPool of its own, sized and timed by CASETRAIL_OCR_*): each
 * task renders one page with PDF.js and reads it with Tesseract in a thread, so OCR never runs on
 * an event loop. Threads start on demand and stop after a minute idle.
 */
export class OcrPool {
  private readonly workers: WorkerPool;

  constructor(private readonly options: OcrPoolOptions) {
    this.workers = new WorkerPool({
      poolSize: options.threads,
      maxMemoryMb: options.threadMemoryMb,
      taskTimeoutMs: options.pageTimeoutMs,
      // Pages wait in their callers (at most `threads` of a document at a time), never refused here.
      maxQueue: Infinity,
      idleTimeoutMs: IDLE_TIMEOUT_MS,
    });
  }

  get threads(): number {
    return this.options.threads;
  }

  async readPage(file: string, page: number): Promise<OcrPageOutcome> {
    const { dpi, maxPixels, pageTimeoutMs } = this.options;
    try {
      return await this.workers.run(OCR_PAGE_TASK, { file, page, dpi, maxPixels });
    } catch (error) {
      return { ok: false, page, ...pageFailureOf(error, pageTimeoutMs) };
    }
  }

  async close(): Promise<void> {
    await this.workers.close();
  }
}
