import { readFileSync } from 'node:fs';
import { corpusPath } from '@casetrail/testing';
import { extractDocument } from '../lib/extraction/extract-document';
import { pageNeedsOcr } from '../lib/ocr/page-assessment';

/** The corpus filings whose text-layer pages the OCR accuracy spec and `npm run bench -- ocr` read. */
export const OCR_ACCURACY_FILINGS: readonly string[] = [
  'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf',
  'ca1_00117684624.pdf',
  'gov.uscourts.caed.373457.1.0.pdf',
  'gov.uscourts.njd.387907.32.0.pdf',
  'gov.uscourts.nysd.413741.11.0.pdf',
];

/** A filing's bytes and the pages chosen from it, each with its own text layer (what OCR should read). */
export interface TextLayerFiling {
  filing: string;
  bytes: Buffer;
  pages: { number: number; textLayer: string }[];
}

/** Each filing's first `perFiling` pages with a usable text layer (corpus filings/pdf). */
export async function textLayerPages(
  perFiling: number,
  filings: readonly string[] = OCR_ACCURACY_FILINGS,
): Promise<TextLayerFiling[]> {
  const chosen: TextLayerFiling[] = [];
  for (const filing of filings) {
    const bytes = readFileSync(corpusPath('filings', 'pdf', filing));
    const extracted = await extractDocument(bytes, { mediaType: 'application/pdf', fileName: filing });
    const pages = extracted.pages
      .filter((p) => !pageNeedsOcr(p.text))
      .slice(0, perFiling)
      .map((p) => ({ number: p.number, textLayer: p.text }));
    chosen.push({ filing, bytes, pages });
  }
  return chosen;
}
