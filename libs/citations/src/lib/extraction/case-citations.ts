import { findCaseName, nameBefore } from './case-name';
import { findRawCaseMatches, RawCaseMatch } from './case-patterns';
import { Parentheticals, PIN_SEPARATOR, readParentheticals, readPins } from './citation-tail';
import { EditionRef, journalFor, pickEdition } from './reporter-index';
import { collapseSpace, isRoman } from './text-scan';
import type { CaseCitation, JournalCitation, ShortCaseCitation, Span } from './types';

export type CaseLikeCitation = CaseCitation | ShortCaseCitation | JournalCitation;

function caseKey(volume: string, ref: EditionRef, page: string | null, format: RawCaseMatch['format']): string {
  const yearVolume = /^\d{4}$/.test(volume);
  if (format === 'louisiana' || ref.flags.includes('L')) return `${volume} ${page ?? '___'} (${ref.edition})`;
  if (yearVolume && ref.flags.includes('D')) return `${volume}-${ref.edition}-${page ?? '___'}`;
  if (yearVolume && ref.flags.includes('Y')) return `${ref.edition} ${volume}-${page ?? '___'}`;
  return `${volume} ${ref.edition} ${page ?? '___'}`;
}

interface Member {
  raw: RawCaseMatch;
  spanEnd: number;
  pin?: string;
}

/** Full and short case citations (and law-journal citations) in `text`, ordered by position. */
export function extractCaseCitations(text: string): CaseLikeCitation[] {
  const raws = findRawCaseMatches(text).filter(
    (r) => !/\bNos?\.\s*$/.test(text.slice(Math.max(0, r.start - 6), r.start)),
  );
  const startList = raws.map((r) => r.start);
  const starts = new Set(startList);
  const out: CaseLikeCitation[] = [];
  let floor = 0;
  for (let i = 0; i < raws.length; i++) {
    const raw = raws[i];
    if (raw.kind === 'short') {
      const short = shortCitation(text, raw, starts, startList, floor);
      if (short) {
        out.push(short);
        floor = short.span.end;
      }
      continue;
    }
    // Parallel citations ("388 U.S. 293, 87 S. Ct. 1967 (1967)") share name and parentheticals.
    const group: Member[] = [];
    let j = i;
    for (;;) {
      const r = raws[j];
      const pins = r.format === 'standard' ? readPins(text, r.end, starts, /\s*,\s*/y) : { first: -1, end: r.end };
      const pin = pins.first < 0 ? undefined : collapseSpace(text.slice(pins.first, pins.end));
      group.push({ raw: r, spanEnd: pins.end, pin });
      const next = raws[j + 1];
      if (!next || next.kind === 'short') break;
      // California style brackets its parallels: "68 Cal.2d 299, 304 [66 Cal.Rptr. 1, 437 P.2d 489]".
      const gap = text.slice(pins.end, next.start);
      if (!/^\s*[,[]\s*$/.test(gap)) break;
      j++;
    }
    i = j;
    const last = group[group.length - 1];
    const parens = readParentheticals(text, last.spanEnd, startList);
    const name = findCaseName(text, raw.start, floor);
    const year = parens.courtYear?.year ?? name?.year;
    const fullSpan: Span = { start: name?.start ?? raw.start, end: Math.max(parens.end, last.spanEnd) };
    for (const member of group) {
      const c = fullCitation(text, member, year, parens, name, fullSpan);
      if (c) out.push(c);
    }
    // Names of citations nested in the explanatory parenthetical lie after the court/year.
    floor = Math.max(last.spanEnd, parens.courtEnd ?? 0);
  }
  return out;
}

function fullCitation(
  text: string,
  member: Member,
  year: number | undefined,
  parens: Parentheticals,
  name: ReturnType<typeof findCaseName>,
  fullSpan: Span,
): CaseCitation | JournalCitation | undefined {
  const { raw } = member;
  const span: Span = { start: raw.start, end: member.spanEnd };
  const matchedText = text.slice(span.start, span.end);
  const ref = pickEdition(raw.reporterFound, year, raw.volume);
  if (!ref) {
    const journal = journalFor(raw.reporterFound);
    if (!journal || raw.kind !== 'full' || !raw.page || !/^\d+$/.test(raw.page)) return undefined;
    const j: JournalCitation = {
      type: 'journal',
      span,
      matchedText,
      key: `${raw.volume} ${journal} ${raw.page}`,
      volume: raw.volume,
      journal,
      journalFound: collapseSpace(raw.reporterFound),
      journalPage: raw.page,
    };
    if (member.pin) j.pinCite = member.pin;
    if (year !== undefined) j.year = year;
    return j;
  }
  // Roman pages: editions that list them, or unmistakable ones ("lxiv"), never a lone "v".
  if (
    raw.page &&
    /^[a-z]+$/i.test(raw.page) &&
    !(isRoman(raw.page) && (ref.flags.includes('R') || raw.page.length > 1))
  )
    return undefined;
  const page = raw.kind === 'blank' ? null : (raw.page ?? null);
  const c: CaseCitation = {
    type: 'case',
    span,
    matchedText,
    key: caseKey(raw.volume, ref, page, raw.format),
    volume: raw.volume,
    reporter: ref.edition,
    reporterFound: collapseSpace(raw.reporterFound),
    reporterType: ref.citeType,
    reporterPage: page,
    fullSpan,
  };
  if (member.pin) c.pinCite = member.pin.replace(/^at\s+/, '');
  const cy = parens.courtYear;
  if (cy?.court) c.court = cy.court;
  if (year !== undefined) c.year = year;
  if (cy?.month) {
    c.month = cy.month;
    c.day = cy.day;
  }
  if (name?.plaintiff) c.plaintiff = name.plaintiff;
  if (name?.defendant) c.defendant = name.defendant;
  if (parens.explanation) c.parenthetical = parens.explanation;
  return c;
}

function shortCitation(
  text: string,
  raw: RawCaseMatch,
  starts: Set<number>,
  startList: readonly number[],
  floor: number,
): ShortCaseCitation | undefined {
  const ref = pickEdition(raw.reporterFound, undefined, raw.volume);
  if (!ref || !raw.pin) return undefined;
  const end = readPins(text, raw.end, starts, PIN_SEPARATOR).end;
  const pin = text.slice(raw.end - raw.pin.length, end);
  const span: Span = { start: raw.start, end };
  const c: ShortCaseCitation = {
    type: 'short_case',
    span,
    matchedText: text.slice(span.start, span.end),
    key: `${raw.volume} ${ref.edition} at ${raw.pin}`,
    volume: raw.volume,
    reporter: ref.edition,
    reporterFound: collapseSpace(raw.reporterFound),
    pinCite: collapseSpace(pin),
  };
  const guess = nameBefore(text, raw.start, floor);
  if (guess) c.antecedentGuess = guess;
  const parens = readParentheticals(text, end, startList);
  if (parens.explanation && !parens.courtYear) c.parenthetical = parens.explanation;
  return c;
}
