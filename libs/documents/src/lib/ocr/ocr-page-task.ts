import fs from 'node:fs';
import { tidyPageText } from '../extraction/page-text';
import { OcrFailureCode, OcrPageOutcome, OcrPageTask } from './ocr-task';
import { openPdf, PageRenderError, PdfDocument, renderGrey, toPgm } from './render-page';
import { recognise } from './tesseract-engine';

/**
 * OCR of one page as a worker-pool task (OCR_PAGE_TASK in ocr-pool.ts): renders the page in grey
 * and reads it with Tesseract, in a pool thread, so neither PDF.js nor Tesseract ever holds an event
 * loop that serves requests or jobs. Failures of the page come back as values; only a dying thread
 * throws. This module stays loaded in its thread: the last PDF opened and the Tesseract engine
 * (tesseract-engine.ts) are kept in module scope for the thread's next pages.
 */
let open: { file: string; mtimeMs: number; doc: Promise<PdfDocument> } | null = null;

async function documentAt(file: string): Promise<PdfDocument> {
  const { mtimeMs } = fs.statSync(file);
  if (open && open.file === file && open.mtimeMs === mtimeMs) return open.doc;
  const previous = open;
  open = null;
  if (previous) await (await previous.doc.catch(() => null))?.destroy();
  const doc = openPdf(new Uint8Array(fs.readFileSync(file)));
  open = { file, mtimeMs, doc };
  doc.catch(() => (open = null));
  return doc;
}

export async function ocrPageTask(task: OcrPageTask): Promise<OcrPageOutcome> {
  let image;
  try {
    const doc = await documentAt(task.file);
    image = await renderGrey(doc, task.page, task.dpi, task.maxPixels);
  } catch (error) {
    if (error instanceof PageRenderError)
      return { ok: false, page: task.page, code: error.code, message: error.message };
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      page: task.page,
      code: OcrFailureCode.RenderFailed,
      message: `The page cannot be rendered: ${message}`,
    };
  }
  try {
    const { text, confidence } = await recognise(toPgm(image), image.dpi);
    return {
      ok: true,
      page: task.page,
      text: tidyPageText(text),
      confidence,
      dpi: image.dpi,
      width: image.width,
      height: image.height,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      page: task.page,
      code: OcrFailureCode.RecognitionFailed,
      message: `Tesseract failed: ${message}`,
    };
  }
}
