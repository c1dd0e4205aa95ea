import { PasswordException, PDFParse } from 'pdf-parse';
import { ExtractionError, ExtractionErrorCode } from './extraction-error';
import { ExtractedPage, ExtractionResult } from './extraction-result';
import { MediaType } from './media-type';
import { tidyPageText } from './page-text';
import { inflatedBytesWithin } from './pdf-inflation';
import { ensurePdfjsWorker } from './pdfjs-worker';
import { assessTextLayer } from './text-layer';

function toExtractionError(error: unknown): ExtractionError {
  const reason = error instanceof Error ? error.message : String(error);
  if (error instanceof PasswordException) {
    return new ExtractionError(ExtractionErrorCode.EncryptedPdf, 'The PDF is password protected', { reason });
  }
  return new ExtractionError(ExtractionErrorCode.CorruptPdf, `The PDF cannot be read: ${reason}`, { reason });
}

/** Bounds of one PDF (CASETRAIL_PDF_MAX_PAGES, CASETRAIL_PDF_MAX_INFLATED_BYTES). */
export interface PdfLimits {
  maxPages: number;
  maxInflatedBytes: number;
}

/** Refuses a PDF whose compressed streams inflate past the limit, before PDF.js holds them in memory. */
async function assertInflation(bytes: Uint8Array, limits: PdfLimits): Promise<void> {
  if (limits.maxInflatedBytes >= Number.MAX_SAFE_INTEGER) return;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const inflated = await inflatedBytesWithin(buffer, limits.maxInflatedBytes);
  if (inflated > limits.maxInflatedBytes) {
    throw new ExtractionError(
      ExtractionErrorCode.InflatesTooMuch,
      `The PDF's compressed streams inflate to more than ${limits.maxInflatedBytes} bytes.`,
      { byteSize: bytes.length, limitInflatedBytes: limits.maxInflatedBytes },
    );
  }
}

/** Opens the PDF and checks its page count against the limit; returns the page count. */
async function countPages(parser: PDFParse, limits: PdfLimits): Promise<number> {
  let total: number;
  try {
    total = (await parser.getInfo()).total;
  } catch (error) {
    throw toExtractionError(error);
  }
  if (total > limits.maxPages) {
    throw new ExtractionError(
      ExtractionErrorCode.TooManyPages,
      `The PDF has ${total} pages; the limit is ${limits.maxPages}.`,
      { pageCount: total, limitPages: limits.maxPages },
    );
  }
  return total;
}

async function readTitle(parser: PDFParse): Promise<string | undefined> {
  try {
    const info = await parser.getInfo();
    const fromInfo: unknown = (info.info as Record<string, unknown> | undefined)?.Title;
    const fromXmp: unknown = info.metadata?.get('dc:title');
    for (const candidate of [fromInfo, fromXmp]) {
      if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
    }
  } catch {
    // The title is optional; a broken Info dictionary must not fail the extraction.
  }
  return undefined;
}

/**
 * Opens a PDF and reads its first page: enough to tell a readable file from an encrypted or broken
 * one without extracting every page. Returns the page count.
 */
export async function probePdf(bytes: Uint8Array, limits: PdfLimits): Promise<number> {
  await assertInflation(bytes, limits);
  ensurePdfjsWorker();
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    await countPages(parser, limits);
    const first = await parser.getText({ partial: [1] });
    return first.total;
  } catch (error) {
    throw error instanceof ExtractionError ? error : toExtractionError(error);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

interface PagesRead {
  pageCount: number;
  pages: ExtractedPage[];
  unreadablePages: number[];
}

/**
 * All pages in one pass, as fast as a plain pdf-parse call; when one page breaks that pass, page by
 * page, so that the readable pages are kept and the broken ones are listed.
 */
async function readAllPages(parser: PDFParse): Promise<PagesRead> {
  try {
    const all = await parser.getText();
    const byNumber = new Map(all.pages.map((page) => [page.num, page.text]));
    const pages = Array.from({ length: all.total }, (_, i) => ({
      number: i + 1,
      text: tidyPageText(byNumber.get(i + 1) ?? ''),
    }));
    return { pageCount: all.total, pages, unreadablePages: [] };
  } catch (error) {
    if (error instanceof PasswordException) throw toExtractionError(error);
    return readPageByPage(parser);
  }
}

async function readPageByPage(parser: PDFParse): Promise<PagesRead> {
  let pageCount: number;
  const pages: ExtractedPage[] = [];
  const unreadablePages: number[] = [];
  try {
    const first = await parser.getText({ partial: [1] });
    pageCount = first.total;
    pages.push({ number: 1, text: tidyPageText(first.pages[0]?.text ?? '') });
  } catch (error) {
    throw toExtractionError(error);
  }
  for (let n = 2; n <= pageCount; n++) {
    try {
      const result = await parser.getText({ partial: [n] });
      pages.push({ number: n, text: tidyPageText(result.pages[0]?.text ?? '') });
    } catch {
      unreadablePages.push(n);
      pages.push({ number: n, text: '' });
    }
  }
  return { pageCount, pages, unreadablePages };
}

/** Text of every page of a PDF, with page count, title and an assessment of the text layer. */
export async function extractPdf(bytes: Uint8Array, limits: PdfLimits): Promise<ExtractionResult> {
  await assertInflation(bytes, limits);
  ensurePdfjsWorker();
  // PDF.js takes ownership of (and may detach) the array it is given: hand it a copy.
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    await countPages(parser, limits);
    const { pageCount, pages, unreadablePages } = await readAllPages(parser);
    const assessment = assessTextLayer(pages.map((p) => p.text));
    const title = await readTitle(parser);
    return {
      mediaType: MediaType.Pdf,
      pages,
      pageCount,
      textLayer: assessment.textLayer,
      ...(assessment.issue ? { textLayerIssue: assessment.issue } : {}),
      ...(unreadablePages.length ? { unreadablePages } : {}),
      ...(title ? { title } : {}),
    };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}
