/**
 * The stamp that CM/ECF prints at the top of every page of a federal court filing, e.g.
 *   district:   "Case 3:24-cv-05417-WHA Document 231 Filed 06/23/25 Page 1 of 32"
 *               "Case: 1:23-cv-11195-SHS Doc #: 12 Filed: 01/02/24 1 of 5. PageID #: 123"
 *               "Case 1:20-cv-21234-KMW Document 10 Entered on FLSD Docket 05/01/2020 Page 1 of 5"
 *   appellate:  "Case: 23-1234 Document: 42 Page: 1 Date Filed: 03/01/2024"
 *               "Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15"
 *   bankruptcy: "Case 19-12345-abc Doc 12 Filed 01/01/20 Entered 01/01/20 12:00:00 Desc Main Document Page 1 of 5"
 */
export type FederalHeaderStyle = 'district' | 'appellate' | 'bankruptcy';

export interface FederalHeader {
  /** The stamp as found (whitespace collapsed). */
  raw: string;
  style: FederalHeaderStyle;
  /** "3:24-cv-05417" (sequence padded to 5 digits, type lower case) or "23-1234". */
  docketNumber: string;
  /** Judge initials from the docket suffix, e.g. ["WHA"] or ["PAE", "HBP"]. */
  judgeInitials: string[];
  /** Docket entry number ("Document 231", "DktEntry: 19"). */
  ecfNumber?: number;
  /** Attachment number of "Document 1-3". */
  attachmentNumber?: number;
  /** Courts of appeals that print a long document id instead of the entry number ("Document: 00117684624"). */
  documentId?: string;
  /** ISO date (YYYY-MM-DD). */
  filedOn?: string;
  pageNumber?: number;
  pageCount?: number;
  /** "PageID #: 123": running page number across the whole docket. */
  pageId?: number;
  /** Appellate "Entry ID" / "ID" of the docket entry. */
  entryId?: string;
}

const ANCHOR =
  /(?:^|[^A-Za-z])((?:Appellate|USCA\d*)\s+)?Case\s*#?:?\s*(?:(\d{1,2}):)?(\d{2}|\d{4})-(?:([A-Za-z]{1,4})-)?(\d{1,6})((?:-[A-Za-z]{1,6}\d?)*)(?![\w:])/g;
const ENTRY =
  /\b(?:Document|Doc(?:ument)?\.?\s*(?:#|No\.?)?|DktEntry|Dkt\.?\s*(?:#|No\.?)?)\s*:?\s*(\d+)(?:-(\d+))?(?!\d)/i;
const FILED =
  /\b(?:Date\s+Filed|Filed|Entered\s+on\s+[A-Z]{2,6}\s+Docket)\s*:?\s*(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?!\d)/i;
const BARE_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/;
const PAGE_OF = /\bPage\s*:?\s*(\d+)(?:\s+of\s+(\d+))?/i;
const PAGES_TOTAL = /\bPages\s*:?\s*(\d+)/i;
const BARE_PAGE_OF = /(?<![\d/])(\d+)\s+of\s+(\d+)(?!\d)/;
const PAGE_ID = /\bPage\s?ID\s*#?\s*:?\s*(\d+)/i;
const ENTRY_ID = /(?<!Page\s?)\b(?:Entry\s+)?ID\s*:\s*(\d+)/;
const STAMP_FIELD = /\b(?:Document|Doc|DktEntry|Filed|Entered|Page)\b/i;
const BANKRUPTCY = /\bEntered\s+\d{1,2}\/\d{1,2}\/\d{2}|\bDesc\b/;
// An appellate document id is long (often zero-padded); entry numbers are short.
const DOCUMENT_ID_MIN_DIGITS = 7;
const MAX_STAMP_LENGTH = 220;

export function toIsoDate(month: string, day: string, year: string): string | undefined {
  const m = Number(month);
  const d = Number(day);
  let y = Number(year);
  if (year.length === 2) y += y < 70 ? 2000 : 1900;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

export function normaliseDocketNumber(
  office: string | undefined,
  year: string,
  caseType: string | undefined,
  sequence: string,
): string {
  if (office !== undefined && caseType !== undefined) {
    return `${Number(office)}:${year}-${caseType.toLowerCase()}-${sequence.padStart(5, '0')}`;
  }
  return caseType ? `${year}-${caseType.toLowerCase()}-${sequence}` : `${year}-${sequence}`;
}

function parseStamp(match: RegExpExecArray, text: string): FederalHeader | null {
  const [, appellatePrefix, office, year, caseType, sequence, suffix] = match;
  const rest = text.slice(match.index + match[0].length);
  if (!STAMP_FIELD.test(rest)) return null;
  const bankruptcy = BANKRUPTCY.test(rest);
  const style: FederalHeaderStyle = bankruptcy
    ? 'bankruptcy'
    : appellatePrefix || office === undefined
      ? 'appellate'
      : 'district';
  const header: FederalHeader = {
    raw: text
      .slice(match.index)
      .replace(/^[^A-Za-z]+/, '')
      .trim(),
    style,
    docketNumber: normaliseDocketNumber(office, year, caseType, sequence),
    judgeInitials: (suffix ?? '')
      .split('-')
      .filter(Boolean)
      .map((s) => s.toUpperCase()),
  };
  const entry = ENTRY.exec(rest);
  if (entry) {
    if (entry[1].length >= DOCUMENT_ID_MIN_DIGITS && entry[2] === undefined) header.documentId = entry[1];
    else {
      header.ecfNumber = Number(entry[1]);
      if (entry[2] !== undefined) header.attachmentNumber = Number(entry[2]);
    }
  }
  const filed = FILED.exec(rest) ?? BARE_DATE.exec(rest);
  if (filed) header.filedOn = toIsoDate(filed[1], filed[2], filed[3]);
  const page = PAGE_OF.exec(rest);
  const total = PAGES_TOTAL.exec(rest);
  const barePage = page ? null : BARE_PAGE_OF.exec(filed ? rest.slice(filed.index + filed[0].length) : rest);
  if (page) {
    header.pageNumber = Number(page[1]);
    if (page[2] !== undefined) header.pageCount = Number(page[2]);
  } else if (barePage) {
    header.pageNumber = Number(barePage[1]);
    header.pageCount = Number(barePage[2]);
  }
  if (total && header.pageCount === undefined) header.pageCount = Number(total[1]);
  const pageId = PAGE_ID.exec(rest);
  if (pageId) header.pageId = Number(pageId[1]);
  const entryId = ENTRY_ID.exec(rest);
  if (entryId) header.entryId = entryId[1];
  return header;
}

/** Every ECF stamp on the page, in text order. A stamp split over two lines is joined. */
export function findFederalHeaders(pageText: string): FederalHeader[] {
  const lines = pageText.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim());
  const headers: FederalHeader[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/Case/i.test(lines[i])) continue;
    const oneLine = lines[i];
    const joined = i + 1 < lines.length ? `${oneLine} ${lines[i + 1]}` : oneLine;
    for (const candidate of [oneLine, joined]) {
      const found = parseLine(candidate.slice(0, MAX_STAMP_LENGTH));
      if (found.length > 0 && found.every(hasDateOrPage)) {
        headers.push(...found);
        if (candidate === joined && candidate !== oneLine) i++;
        break;
      }
    }
  }
  return headers;
}

function hasDateOrPage(h: FederalHeader): boolean {
  return h.filedOn !== undefined || h.pageNumber !== undefined;
}

function parseLine(line: string): FederalHeader[] {
  const found: FederalHeader[] = [];
  const anchor = new RegExp(ANCHOR.source, 'g');
  let match: RegExpExecArray | null;
  while ((match = anchor.exec(line)) !== null) {
    const header = parseStamp(match, line);
    if (header) found.push(header);
  }
  return found;
}

/**
 * The ECF stamp of a page, or null. When a page carries several (an exhibit that keeps the stamp
 * of the case it came from), the last one wins: the filing court's stamp is drawn over the page
 * after its content, so text extraction returns it last.
 */
export function parseFederalHeader(pageText: string): FederalHeader | null {
  const headers = findFederalHeaders(pageText);
  return headers.length > 0 ? headers[headers.length - 1] : null;
}

/** True when the line is (only) an ECF stamp; used to ignore stamps when judging a text layer. */
export function isFederalHeaderLine(line: string): boolean {
  return findFederalHeaders(line).length > 0;
}
