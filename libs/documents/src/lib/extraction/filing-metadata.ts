import { ExtractedPage } from './extraction-result';
import { FederalHeader, FederalHeaderStyle, parseFederalHeader } from './federal-header';

export interface FilingMetadata {
  docketNumber: string;
  judgeInitials: string[];
  style: FederalHeaderStyle;
  ecfNumber?: number;
  attachmentNumber?: number;
  documentId?: string;
  filedOn?: string;
  /** Page count printed in the stamp ("Page 1 of 20"); may differ from the file's (an added cover sheet). */
  stampedPageCount?: number;
  /** Pages (1-based) whose stamp agrees with the chosen docket number. */
  stampedPages: number[];
  /** The first agreeing stamp, as found. */
  header: FederalHeader;
}

export const DEFAULT_PAGES_EXAMINED = 5;

export type PageInput = string | (Pick<ExtractedPage, 'text'> & Partial<Pick<ExtractedPage, 'number'>>);

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) {
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Filing metadata from the ECF stamps of the first pages. A stamp lost on one page (a scanned page,
 * an exhibit that keeps another case's stamp) is outvoted by the others: the docket number most
 * pages agree on wins, and the other fields come from stamps that carry it.
 */
export function deriveFilingMetadata(
  pages: readonly PageInput[],
  maxPages: number = DEFAULT_PAGES_EXAMINED,
): FilingMetadata | null {
  const found: Array<{ page: number; header: FederalHeader }> = [];
  pages.slice(0, maxPages).forEach((p, i) => {
    const header = parseFederalHeader(typeof p === 'string' ? p : p.text);
    if (header) found.push({ page: typeof p === 'string' ? i + 1 : (p.number ?? i + 1), header });
  });
  const docket = mostCommon(found.map((f) => f.header.docketNumber));
  if (docket === undefined) return null;
  const agreeing = found.filter((f) => f.header.docketNumber === docket);
  const pick = <K extends keyof FederalHeader>(key: K): FederalHeader[K] | undefined =>
    mostCommon(agreeing.map((f) => f.header[key]).filter((v) => v !== undefined));
  const first = agreeing[0].header;
  const metadata: FilingMetadata = {
    docketNumber: docket,
    judgeInitials: first.judgeInitials,
    style: first.style,
    stampedPages: agreeing.map((f) => f.page),
    header: first,
  };
  const ecfNumber = pick('ecfNumber');
  const attachmentNumber = pick('attachmentNumber');
  const documentId = pick('documentId');
  const filedOn = pick('filedOn');
  const pageCount = pick('pageCount');
  if (ecfNumber !== undefined) metadata.ecfNumber = ecfNumber;
  if (attachmentNumber !== undefined) metadata.attachmentNumber = attachmentNumber;
  if (documentId !== undefined) metadata.documentId = documentId;
  if (filedOn !== undefined) metadata.filedOn = filedOn;
  if (pageCount !== undefined) metadata.stampedPageCount = pageCount;
  return metadata;
}

// Enough text to find a title and a few body cues; a scanned cover page adds nothing, so keep going.
const LEAD_TEXT_CHARS = 1500;

/** The text of the first pages, up to the first ~1,500 characters of content (at most 3 pages). */
export function documentLeadText(pages: readonly PageInput[], maxPages = 3): string {
  const parts: string[] = [];
  let chars = 0;
  for (const p of pages.slice(0, maxPages)) {
    const text = typeof p === 'string' ? p : p.text;
    parts.push(text);
    chars += text.replace(/\s+/g, '').length;
    if (chars >= LEAD_TEXT_CHARS) break;
  }
  return parts.join('\n');
}
