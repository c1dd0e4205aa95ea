import { ClaimCode } from './claim-code';
import { classifyClaim } from './classify-claim';

/** A page of a filing's text; `number` is 1-based. */
export interface ClaimSourcePage {
  number: number;
  text: string;
}

/** One count or claim for relief as pleaded. */
export interface PleadedClaim {
  /** The marker as written: `COUNT I`, `FIRST CLAIM FOR RELIEF`, `CLAIM FOR RELIEF`. */
  label: string;
  /** 1 for `COUNT I` / `FIRST CAUSE OF ACTION`; null for an unnumbered claim. */
  ordinal: number | null;
  /** The heading after the marker, without the marker ("Direct Copyright Infringement (17 U.S.C. § 501)"). */
  heading: string;
  codes: ClaimCode[];
  statutes: string[];
  page: number;
}

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
const ROMAN = /^(?=[IVXL])(X{0,3}|XL|L)(IX|IV|V?I{0,3})$/;
const SEPARATOR = String.raw`[\s:.\-–—]*`;
const COUNT_MARKER = new RegExp(
  String.raw`^(COUNT|Count)\s+([IVXL]+|\d{1,2}|[A-Za-z]+)(?=$|[\s:.\-–—])${SEPARATOR}(.*)$`,
);
const ORDINAL_MARKER = new RegExp(
  String.raw`^(${ORDINAL_WORDS.join('|')})\s+(claim\s+for\s+relief|cause\s+of\s+action|claim|count)\b${SEPARATOR}(.*)$`,
  'i',
);
const UNNUMBERED_MARKER = new RegExp(String.raw`^(CLAIM FOR RELIEF|CAUSE OF ACTION)\b${SEPARATOR}(.*)$`);
/** A table-of-contents line: dot leaders or a trailing page number after a wide gap. */
const TOC_LINE = /(?:\.\s?){4,}\s*\d*\s*$|\s{3,}\d{1,3}\s*$/;
const MAX_HEADING = 300;

interface Marker {
  label: string;
  ordinal: number | null;
  rest: string;
}

/**
 * The counts of a complaint, from their headings ("COUNT I — Direct Copyright Infringement (17
 * U.S.C. § 501)", "FIRST CLAIM FOR RELIEF" over its title, "CLAIM FOR RELIEF: Copyright
 * Infringement"), each with the page it starts on. A marker without a readable heading is left
 * out, as are table-of-contents lines; a count whose marker repeats keeps its last
 * occurrence. Pure and total: odd text yields fewer claims, never an error.
 */
export function extractPleadedClaims(pages: readonly ClaimSourcePage[]): PleadedClaim[] {
  const byKey = new Map<string, PleadedClaim>();
  for (const page of pages) {
    const raw = page.text.split(/\r\n|\r|\n/);
    // Table-of-contents gaps are read before whitespace is collapsed.
    const lines = raw.map((line) => (TOC_LINE.test(line) ? '' : line.replace(/\s+/g, ' ').trim()));
    for (let i = 0; i < lines.length; i++) {
      const marker = readMarker(lines[i]) ?? readMarker(withoutLineNumber(lines[i]));
      if (!marker) continue;
      const heading = readHeading(marker.rest, lines.slice(i + 1, i + 6));
      if (!heading) continue;
      const key = marker.ordinal === null ? `${marker.label}|${heading.toLowerCase()}` : `#${marker.ordinal}`;
      const { codes, statutes } = classifyClaim(heading);
      // A later marker wins: a table of contents that escaped TOC_LINE comes before the count itself.
      byKey.delete(key);
      byKey.set(key, { label: marker.label, ordinal: marker.ordinal, heading, codes, statutes, page: page.number });
    }
  }
  return [...byKey.values()];
}

/**
 * OCR reads a pleading paper's line number into the line it numbers ("13 CLAIM FOR RELIEF: …",
 * "5 | COUNT I …"); a text layer keeps it apart. Only a number of one or two digits before a capital goes.
 */
function withoutLineNumber(line: string): string {
  return line.replace(/^\d{1,2} ?\|{0,2} ?(?=[A-Z])/, '');
}

function readMarker(line: string): Marker | null {
  if (line.length === 0 || line.length > MAX_HEADING) return null;
  const count = COUNT_MARKER.exec(line);
  if (count) {
    const ordinal = ordinalOf(count[2]);
    if (ordinal === null || !startsLikeHeading(count[3])) return null;
    return { label: `${count[1].toUpperCase()} ${count[2].toUpperCase()}`, ordinal, rest: count[3] };
  }
  const ordinal = ORDINAL_MARKER.exec(line);
  if (ordinal) {
    if (!startsLikeHeading(ordinal[3]) || !isCapitalised(ordinal[1]) || !isCapitalised(ordinal[2])) return null;
    const label = `${ordinal[1]} ${ordinal[2]}`.toUpperCase().replace(/\s+/g, ' ');
    return { label, ordinal: ORDINAL_WORDS.indexOf(ordinal[1].toLowerCase()) + 1, rest: ordinal[3] };
  }
  const unnumbered = UNNUMBERED_MARKER.exec(line);
  if (unnumbered && startsLikeHeading(unnumbered[2]))
    return { label: unnumbered[1], ordinal: null, rest: unnumbered[2] };
  return null;
}

function ordinalOf(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token) > 0 ? Number(token) : null;
  if (ROMAN.test(token)) return romanValue(token);
  const word = NUMBER_WORDS.indexOf(token.toLowerCase());
  return word >= 0 && token === token.toUpperCase() ? word + 1 : null;
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = values[roman[i]];
    total += value < (values[roman[i + 1]] ?? 0) ? -value : value;
  }
  return total;
}

/** A heading follows the marker, or nothing does; "Count I alleges that…" is prose, not a heading. */
function startsLikeHeading(rest: string): boolean {
  return rest === '' || /^[A-Z(“"§]/.test(rest);
}

/** Each word starts upper-case ("First Claim for Relief" passes, "first cause of action" in prose does not). */
function isCapitalised(words: string): boolean {
  return words.split(/\s+/).every((w) => /^[A-Z]/.test(w) || w === 'for' || w === 'of');
}

/**
 * The heading: the rest of the marker line, else the next non-empty line; a following line in
 * parentheses that cites a statute is part of it. "Against …" and "(By …)" lines are not.
 */
function readHeading(rest: string, following: readonly string[]): string | null {
  const next = following.filter((line) => line.length > 0 && !isPageFurniture(line));
  let heading = rest;
  let used = 0;
  if (heading === '') {
    const first = next[0];
    if (!first || isPartyLine(first) || isParagraph(first) || readMarker(first)) return null;
    heading = first;
    used = 1;
  }
  const continuation = next[used];
  if (
    continuation &&
    /^\(/.test(continuation) &&
    /§|U\.\s?S\.\s?C|Code/.test(continuation) &&
    !isPartyLine(continuation)
  ) {
    heading = `${heading} ${continuation}`;
  }
  heading = heading.replace(/\s+/g, ' ').trim();
  if (heading.length < 3 || heading.length > MAX_HEADING || !/[A-Za-z]{3}/.test(heading)) return null;
  return heading;
}

function isPartyLine(line: string): boolean {
  return /^\(?\s*(?:against|by|on behalf of|as to|asserted)\b/i.test(line);
}

function isParagraph(line: string): boolean {
  return /^\d{1,4}\.\s/.test(line);
}

/** Pleading-paper line numbers and ECF header stamps between a marker and its heading. */
function isPageFurniture(line: string): boolean {
  return /^\d{1,2}$/.test(line) || /^Case \d+:\d{2}-[a-z]{2}-\d+/i.test(line);
}
