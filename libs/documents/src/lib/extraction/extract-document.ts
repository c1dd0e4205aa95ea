import { ExtractionError, ExtractionErrorCode } from './extraction-error';
import { ExtractionResult } from './extraction-result';
import { MediaType, mediaTypeFromFileName, parseDeclaredMediaType, sniffMediaType } from './media-type';
import { extractPdf, PdfLimits, probePdf } from './pdf-extractor';
import { extractHtml, extractPlainText } from './text-extractor';

export interface ExtractDocumentOptions {
  /** The declared media type (upload Content-Type, HTTP header); parameters such as charset are ignored. */
  mediaType: string;
  fileName?: string;
  /** Page and inflated-size bounds of a PDF; without them, none (tests, tools). */
  pdfLimits?: PdfLimits;
}

const UNBOUNDED: PdfLimits = { maxPages: Number.MAX_SAFE_INTEGER, maxInflatedBytes: Number.MAX_SAFE_INTEGER };

/** What a quick look at a file found: the type it will be read as, and the page count of a PDF. */
export interface DocumentInspection {
  mediaType: MediaType;
  pageCount?: number;
}

type TextMediaType = MediaType.PlainText | MediaType.Markdown | MediaType.Html;

function isTextType(type: string): type is TextMediaType {
  return type === MediaType.PlainText || type === MediaType.Markdown || type === MediaType.Html;
}

/**
 * The media type the bytes will be read as. The bytes decide what the file is; the declared type
 * and file name only break ties between text formats and say what the caller expected. Throws
 * ExtractionError (empty_file, not_a_pdf, unsupported_media_type) for files that cannot be read.
 */
export function resolveMediaType(bytes: Uint8Array, opts: ExtractDocumentOptions): MediaType {
  const context = { declaredMediaType: opts.mediaType, fileName: opts.fileName };
  if (bytes.length === 0) {
    throw new ExtractionError(ExtractionErrorCode.EmptyFile, 'The file is empty', context);
  }
  const declared = parseDeclaredMediaType(opts.mediaType);
  const sniffed = sniffMediaType(bytes, opts.fileName);
  if (sniffed === MediaType.Pdf) return MediaType.Pdf;
  if (declared === MediaType.Pdf || mediaTypeFromFileName(opts.fileName) === MediaType.Pdf) {
    throw new ExtractionError(ExtractionErrorCode.NotAPdf, 'The file was given as a PDF but is not one', {
      ...context,
      sniffedMediaType: sniffed,
    });
  }
  if (declared !== 'unsupported' && isTextType(sniffed)) {
    // A specific declared text type wins over sniffing (HTML source uploaded as text/plain stays text).
    return isTextType(declared) ? declared : sniffed;
  }
  throw new ExtractionError(ExtractionErrorCode.UnsupportedMediaType, `Cannot extract text from ${sniffed}`, {
    ...context,
    sniffedMediaType: sniffed,
  });
}

/**
 * Extracts the text of a PDF, plain-text, Markdown or HTML document, page by page. Throws
 * ExtractionError with a code for files that cannot be read.
 */
export async function extractDocument(bytes: Buffer, opts: ExtractDocumentOptions): Promise<ExtractionResult> {
  const type = resolveMediaType(bytes, opts);
  if (type === MediaType.Pdf) return extractPdf(bytes, opts.pdfLimits ?? UNBOUNDED);
  return type === MediaType.Html ? extractHtml(bytes) : extractPlainText(bytes, type);
}

/**
 * The quick checks an upload gets before it is accepted: the media type (empty, not a PDF,
 * unsupported) and, for a PDF, that PDF.js opens it without a password and reads its first page
 * (encrypted_pdf, corrupt_pdf). The full extraction runs later, as a job.
 */
export async function inspectDocument(bytes: Buffer, opts: ExtractDocumentOptions): Promise<DocumentInspection> {
  const mediaType = resolveMediaType(bytes, opts);
  if (mediaType !== MediaType.Pdf) return { mediaType };
  return { mediaType, pageCount: await probePdf(bytes, opts.pdfLimits ?? UNBOUNDED) };
}
