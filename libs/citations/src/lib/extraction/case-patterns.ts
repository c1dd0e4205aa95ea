import { reporterIndex } from './reporter-index';

export type CaseFormat = 'standard' | 'neutral' | 'yearPage' | 'louisiana';

/** One regex hit before any interpretation. */
export interface RawCaseMatch {
  start: number;
  end: number;
  format: CaseFormat;
  volume: string;
  reporterFound: string;
  /** "full" has a page, "short" has "at <pin>", "blank" has "___" for the page */
  kind: 'full' | 'short' | 'blank';
  page?: string;
  pin?: string;
  date?: string;
}

interface CasePatterns {
  standard: RegExp;
  neutral: RegExp;
  yearPage: RegExp;
  louisiana: RegExp;
}

let cached: CasePatterns | undefined;

const YEAR = String.raw`(?:1[6-9]|20)\d\d`;

function patterns(): CasePatterns {
  if (cached) return cached;
  const idx = reporterIndex();
  // Nominative reporter inside the cite: "5 U.S. (1 Cranch) 137".
  const nominative = String.raw`(?:\s*\((?:\d{1,2}\s+)?[A-Z][A-Za-z.&' ]{0,24}\))?`;
  // Page must follow whitespace, a comma, a full stop or a bracket: rejects "Miles3".
  const pageLead = String.raw`,?\s*(?<=[\s,.)])`;
  const short = String.raw`(at)\s*(?:pp?\.\s*)?(\d+)`;
  const page = String.raw`(\d+(?:-[A-Z]|WC)?|[ivxlc]{1,7}|[IVXLC]{1,7})`;
  const blank = String.raw`(_+|—+|-{2,})`;
  cached = {
    standard: new RegExp(
      String.raw`(?<![\w.§$/\-])(\d{1,4})\s+(${idx.standard})${nominative}${pageLead}(?:${short}|${page}|${blank})(?![\w])`,
      'g',
    ),
    neutral: new RegExp(String.raw`(?<![\w\-])(${YEAR})\s?-\s?(${idx.neutral})\s?-\s?(\d+)(?![\w])`, 'g'),
    yearPage: new RegExp(String.raw`(?<![\w])(${idx.yearPage})\s*(${YEAR})-(\d+)(?![\w])`, 'g'),
    louisiana: new RegExp(
      String.raw`(?<![\w\-])(\d{2,4})[- ](\d{2,5}[A-Z]?)\s+\((${idx.louisiana})(?:\s+(\d{1,2}/\d{1,2}/\d{2,4}))?\)`,
      'g',
    ),
  };
  return cached;
}

/** All raw hits, ordered by start, overlapping hits dropped (the earlier, then longer, wins). */
export function findRawCaseMatches(text: string): RawCaseMatch[] {
  const p = patterns();
  const raw: RawCaseMatch[] = [];
  for (const m of text.matchAll(p.standard)) {
    const start = m.index ?? 0;
    const base = { start, end: start + m[0].length, format: 'standard' as const, volume: m[1], reporterFound: m[2] };
    if (m[3]) raw.push({ ...base, kind: 'short', pin: m[4] });
    else if (m[5]) raw.push({ ...base, kind: 'full', page: m[5] });
    else raw.push({ ...base, kind: 'blank' });
  }
  for (const m of text.matchAll(p.neutral)) {
    const start = m.index ?? 0;
    raw.push({
      start,
      end: start + m[0].length,
      format: 'neutral',
      volume: m[1],
      reporterFound: m[2],
      kind: 'full',
      page: m[3],
    });
  }
  for (const m of text.matchAll(p.yearPage)) {
    const start = m.index ?? 0;
    raw.push({
      start,
      end: start + m[0].length,
      format: 'yearPage',
      volume: m[2],
      reporterFound: m[1],
      kind: 'full',
      page: m[3],
    });
  }
  for (const m of text.matchAll(p.louisiana)) {
    const start = m.index ?? 0;
    raw.push({
      start,
      end: start + m[0].length,
      format: 'louisiana',
      volume: m[1],
      reporterFound: m[3],
      kind: 'full',
      page: m[2],
      date: m[4],
    });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawCaseMatch[] = [];
  for (const r of raw) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) continue;
    kept.push(r);
  }
  return kept;
}
