import { isText } from 'domhandler';
import { parseCourtDate } from './dates';
import {
  type Document,
  ancestors,
  byTag,
  childElements,
  childNodes,
  lineSegments,
  textContent,
  textNodes,
} from './dom';
import { normalizeJudgeName } from './judge-name';
import { cleanText, tidy } from './strings';
import type { IsoDate } from './types';

const DATE = '[—\\d\\-–/]+';

/**
 * The label/value lines of a docket's header block: every line of every cell of the table that
 * holds "Date Filed:", then all of them joined (labels and values sometimes sit in separate cells).
 */
export function headerLines(doc: Document): string[] {
  const dateCell = byTag(doc, 'td').find((td) =>
    textNodes(td).some(({ text }) => /Date [Ff]iled:|Filed [Dd]ate:/.test(text)),
  );
  if (!dateCell) return [];
  const tables = ancestors(dateCell).filter((a) => a.name === 'table' && byTag(a, 'center').length === 0);
  const table = tables[tables.length - 1];
  if (!table) return [];
  const lines = byTag(table, 'td').flatMap((td) => lineSegments(td).map(cleanText));
  lines.push(lines.join(' '));
  return lines;
}

/** First capture of pattern in the first line that has it; never a capture that swallowed a "Date filed" label. */
export function findInLines(pattern: RegExp, lines: string[]): string {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m && !m[1].toLowerCase().includes('date filed')) return m[1];
  }
  return '';
}

export function findDateInLines(pattern: RegExp, lines: string[]): IsoDate | null {
  for (const line of lines) {
    const m = pattern.exec(line);
    if (m) return parseCourtDate(m[1]);
  }
  return null;
}

export const HEADER_PATTERNS = {
  dateFiled: new RegExp(`Date [fF]iled:\\s+(${DATE})`),
  dateTerminated: new RegExp(`[tT]erminated:\\s+(${DATE})`, 'i'),
  dateConverted: new RegExp(`Date [Cc]onverted:\\s+(${DATE})`),
  // "Debtor discharged", not "Joint debtor discharged".
  dateDischarged: new RegExp(`(?:Date|Debtor)\\s+[Dd]ischarged:\\s+(${DATE})`),
  dateEntered: new RegExp(`Entered:\\s+(${DATE})`),
  assignedTo: /Assigned to:\s+(.*)/is,
  referredTo: /Referred to:\s+(.*)/is,
  cause: /Cause:\s+(.*)/,
  natureOfSuit: /Nature of Suit:\s+(.*)/,
  juryDemand: /Jury Demand:\s+(.*)/,
  jurisdiction: /Jurisdiction:\s+(.*)/,
  mdlStatus: /MDL Status:\s+(.*)/,
  demand: /^Demand:\s+(.*)/,
} as const;

/** A judge named in the header or, failing that, anywhere in the page's text. */
export function findJudge(pattern: RegExp, lines: string[], doc: Document): string {
  let raw = findInLines(pattern, lines);
  if (!raw) {
    const texts = textNodes(doc)
      .map((t) => t.text)
      .filter((t) => t.trim() !== '');
    raw = findInLines(pattern, texts);
  }
  return tidy(normalizeJudgeName(raw));
}

const CASE_NAME_PATTERNS: RegExp[] = [
  /(?:Case\s+title:\s+)?(.*\bvs?\.?\s.*)/,
  /(?:Case\s+title:\s+)?(.*\bvs?\.?\s.*)/i,
  /(?:Case\s+title:\s+)(.*)/i,
  /(\bIN\s+RE:?\s+.*)/i,
  /(\bIn\s+the\s+matter\s+.*)/i,
];

/** The caption as printed on the first header line, if that line looks like one. */
export function captionFromHeader(lines: string[]): string | null {
  const first = lines[0] ?? '';
  for (const p of CASE_NAME_PATTERNS) {
    const m = p.exec(first);
    if (m) return m[1];
  }
  return null;
}

/** Adversary proceedings list their natures of suit in a table of their own. */
export function adversaryNatureOfSuit(doc: Document): string {
  const tables = byTag(doc, 'table').filter((t) => textContent(t).includes('Nature[s] of'));
  const rows = [...new Set(tables.flatMap((t) => byTag(t, 'tr')))];
  const found: string[] = [];
  for (const row of rows) {
    const texts = childElements(row, 'td')
      .slice(2)
      .flatMap((td) =>
        childNodes(td)
          .filter(isText)
          .map((t) => t.data.trim()),
      )
      .filter(Boolean);
    if (texts.length > 1) found.push(texts.join(' '));
  }
  return found.join('; ');
}
