import { createRequire } from 'node:module';
import path from 'node:path';
import { OcrFailureCode } from './ocr-task';

/** A page image in 8-bit grey, one byte per pixel, row by row. */
export interface GreyImage {
  width: number;
  height: number;
  dpi: number;
  pixels: Uint8Array;
}

export class PageRenderError extends Error {
  constructor(
    readonly code: OcrFailureCode,
    message: string,
  ) {
    super(message);
  }
}

// ISO 32000 caps a page side at 14,400 units; PDF.js accepts larger boxes, Tesseract's images are
// capped at 32,767 pixels a side. Below 150 DPI body text is too small to read reliably.
const MAX_PAGE_POINTS = 14_400;
const MIN_DPI = 150;

// Minimal shapes of the PDF.js objects used here (pdfjs-dist's types are ESM-only .d.mts files).
interface Viewport {
  width: number;
  height: number;
}
interface PdfPage {
  view: number[];
  userUnit: number;
  getViewport(options: { scale: number }): Viewport;
  render(options: { canvasContext: unknown; canvas: unknown; viewport: Viewport }): { promise: Promise<void> };
  cleanup(): void;
}
interface CanvasAndContext {
  canvas: { width: number; height: number };
  context: {
    fillStyle: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  canvasFactory: { create(w: number, h: number): CanvasAndContext; destroy(c: CanvasAndContext): void };
  destroy(): Promise<void>;
}
interface PdfjsModule {
  getDocument(options: Record<string, unknown>): { promise: Promise<PdfDocument> };
}

let pdfjs: PdfjsModule | null = null;

function assetDir(name: string): string {
  return `${path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), name)}${path.sep}`;
}

/**
 * PDF.js's legacy build for Node. Its "fake worker" runs in this thread (an OCR thread), so it is
 * loaded the way libs/documents' pdfjs-worker.ts explains.
 */
function loadPdfjs(): PdfjsModule {
  if (pdfjs) return pdfjs;
  const scope = globalThis as { pdfjsWorker?: unknown };
  scope.pdfjsWorker ??= require('pdfjs-dist/legacy/build/pdf.worker.min.mjs') as unknown;
  pdfjs = require('pdfjs-dist/legacy/build/pdf.mjs') as PdfjsModule;
  // PDF.js draws with the global Path2D, which it takes from its @napi-rs/canvas only when none is
  // set. pdf-parse bundles another PDF.js with another @napi-rs/canvas, whose Path2D PDF.js's canvas
  // rejects: where both are loaded (tests, the bench), PDF.js's own must win. pdf-parse only reads
  // text and never draws.
  const canvas = createRequire(require.resolve('pdfjs-dist/package.json'))('@napi-rs/canvas') as { Path2D: unknown };
  Object.assign(globalThis, { Path2D: canvas.Path2D });
  return pdfjs;
}

export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  return loadPdfjs().getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // Fonts a PDF names but does not embed, CJK maps and the JPEG 2000 decoder, from node_modules.
    standardFontDataUrl: assetDir('standard_fonts'),
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    wasmUrl: assetDir('wasm'),
    iccUrl: assetDir('iccs'),
    verbosity: 1,
  }).promise;
}

/**
 * PDF.js does not throw for a broken image or an empty MediaBox: it warns and goes on (an empty
 * MediaBox becomes US Letter, a broken image is left out). Those warnings are the only signal, so
 * they are collected while a page renders. An OCR thread renders one page at a time.
 */
async function collectingWarnings<T>(work: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: await work(), warnings };
  } finally {
    console.warn = original;
  }
}

function failureFromWarnings(warnings: string[]): PageRenderError | null {
  const emptyBox = warnings.find((w) => /Empty, or invalid, \/MediaBox/.test(w));
  if (emptyBox) return new PageRenderError(OcrFailureCode.ZeroSizePage, 'The page has an empty MediaBox (zero size).');
  const image = warnings.find((w) =>
    /Unable to decode image|Unable to decode inline image|JpegError|JpxError/i.test(w),
  );
  if (image) {
    return new PageRenderError(
      OcrFailureCode.ImageUnreadable,
      `An image of the page cannot be decoded: ${image.replace(/^Warning:\s*/, '')}`,
    );
  }
  return null;
}

/** The resolution to render at: `dpi`, lowered for large pages so the image stays under `maxPixels`. */
export function renderDpi(widthPt: number, heightPt: number, dpi: number, maxPixels: number): number {
  if (!(widthPt > 0 && heightPt > 0)) {
    throw new PageRenderError(OcrFailureCode.ZeroSizePage, 'The page has zero width or height.');
  }
  if (widthPt > MAX_PAGE_POINTS || heightPt > MAX_PAGE_POINTS) {
    throw new PageRenderError(
      OcrFailureCode.PageTooLarge,
      `The page is ${Math.round(widthPt / 72)} x ${Math.round(heightPt / 72)} inches; PDF pages are at most 200 inches a side.`,
    );
  }
  const pixelsAt = (d: number) => ((widthPt * d) / 72) * ((heightPt * d) / 72);
  if (pixelsAt(dpi) <= maxPixels) return dpi;
  const fitted = Math.floor(dpi * Math.sqrt(maxPixels / pixelsAt(dpi)));
  if (fitted < MIN_DPI) {
    throw new PageRenderError(
      OcrFailureCode.PageTooLarge,
      `The page (${Math.round(widthPt / 72)} x ${Math.round(heightPt / 72)} inches) needs more than ${maxPixels} pixels at ${MIN_DPI} DPI.`,
    );
  }
  return fitted;
}

/** Renders one page on white and converts it to grey (ITU-R BT.601 luma). */
export async function renderGrey(
  doc: PdfDocument,
  pageNumber: number,
  dpi: number,
  maxPixels: number,
): Promise<GreyImage> {
  const { result, warnings } = await collectingWarnings(async () => {
    const page = await doc.getPage(pageNumber);
    try {
      const [x0, y0, x1, y1] = page.view;
      const unit = page.userUnit || 1;
      const scaleDpi = renderDpi((x1 - x0) * unit, (y1 - y0) * unit, dpi, maxPixels);
      const viewport = page.getViewport({ scale: (scaleDpi / 72) * unit });
      const width = Math.max(1, Math.round(viewport.width));
      const height = Math.max(1, Math.round(viewport.height));
      const target = doc.canvasFactory.create(width, height);
      try {
        target.context.fillStyle = '#ffffff';
        target.context.fillRect(0, 0, width, height);
        await page.render({ canvasContext: target.context, canvas: target.canvas, viewport }).promise;
        const rgba = target.context.getImageData(0, 0, width, height).data;
        const pixels = new Uint8Array(width * height);
        for (let i = 0, j = 0; j < pixels.length; i += 4, j += 1) {
          pixels[j] = (rgba[i] * 299 + rgba[i + 1] * 587 + rgba[i + 2] * 114 + 500) / 1000;
        }
        return { width, height, dpi: scaleDpi, pixels };
      } finally {
        doc.canvasFactory.destroy(target);
      }
    } finally {
      page.cleanup();
    }
  }).catch((error: unknown) => {
    if (error instanceof PageRenderError) throw error;
    throw new PageRenderError(
      OcrFailureCode.RenderFailed,
      `The page cannot be rendered: ${error instanceof Error ? error.message : String(error)}`,
    );
  });
  const failure = failureFromWarnings(warnings);
  if (failure) throw failure;
  return result;
}

/** A binary PGM (P5) file of the image: Leptonica reads it without any encoding work. */
export function toPgm(image: GreyImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'latin1');
  return Buffer.concat([header, image.pixels]);
}
