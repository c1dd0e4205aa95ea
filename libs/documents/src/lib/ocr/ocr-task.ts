/**
 * What the main thread sends to an OCR thread and gets back. Plain data only: it crosses a
 * worker-thread boundary (structured clone).
 */
export interface OcrPageTask {
  /** A PDF on disk (the blob, or a test fixture); each thread keeps the last one it opened. */
  file: string;
  /** 1-based page number. */
  page: number;
  dpi: number;
  /** Pages whose image at `dpi` would exceed this many pixels are rendered at a lower resolution. */
  maxPixels: number;
}

/** Why a page could not be read. Stored with the page; the rest of the document is read. */
export enum OcrFailureCode {
  /** The page's MediaBox is empty (zero width or height). */
  ZeroSizePage = 'zero_size_page',
  /** Wider or taller than a PDF page may be, or too large to render even at the lowest resolution. */
  PageTooLarge = 'page_too_large',
  /** An image of the page could not be decoded (corrupt image stream). */
  ImageUnreadable = 'image_unreadable',
  /** PDF.js could not render the page. */
  RenderFailed = 'render_failed',
  /** Tesseract failed on the rendered image. */
  RecognitionFailed = 'recognition_failed',
  /** The page took longer than the time limit (its thread was stopped). */
  Timeout = 'timeout',
  /** The thread ran out of memory or died. */
  Crashed = 'crashed',
}

export type OcrPageOutcome =
  | {
      ok: true;
      page: number;
      text: string;
      /** Tesseract's mean word confidence, 0-100. */
      confidence: number;
      dpi: number;
      width: number;
      height: number;
    }
  | { ok: false; page: number; code: OcrFailureCode; message: string };
