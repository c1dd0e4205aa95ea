import { TextLayerIssue } from '../extraction/extraction-result';
import { assessTextLayer } from '../extraction/text-layer';

/**
 * Whether one page's text layer is usable, by the rule that flags whole documents (text-layer.ts):
 * no text, fewer than 100 body characters (ECF stamps and line numbers left out), or text that is
 * not language (a font without a usable encoding). Only such pages are OCR'd.
 */
export function pageNeedsOcr(text: string): boolean {
  return !assessTextLayer([text]).textLayer;
}

/**
 * Whether OCR's text should replace the page's text-layer text: always for a garbled or empty text
 * layer; for a sparse one (an ECF stamp over a scan) when OCR found more body text.
 */
export function ocrTextWins(textLayer: string, ocr: string): boolean {
  const before = assessTextLayer([textLayer]);
  const after = assessTextLayer([ocr]);
  if (after.issue === TextLayerIssue.NoText) return false;
  if (before.issue === TextLayerIssue.NoText || before.issue === TextLayerIssue.Garbled) return true;
  return after.bodyCharsPerPage > before.bodyCharsPerPage;
}
