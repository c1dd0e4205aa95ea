import { collapseSpace } from './text-scan';

export interface CourtYear {
  court?: string;
  year?: number;
  month?: string;
  day?: string;
}

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?`;
const WORDED_DATE = new RegExp(
  String.raw`^(.*?)[,\s]*(?:(${MONTH})\s+(\d{1,2}),?\s*)?((?:1[6-9]|20)\d\d)(?:\s*[-–]\s*\d{2,4})?$`,
);
const COURT_ONLY = /^(?:(?:\d+(?:st|nd|rd|th|d)|[A-Z][A-Za-z]{0,6}\.|[A-Z]{2,5})\s?)*(?:Cir\.|[A-Z][A-Za-z]{0,6}\.)$/;
const NOT_A_COURT = /^(?:Id|Ibid|Compl|Opp|Mot|Br|Reply|Tr|Ex|Exh|Decl|Dkt|Doc|Supp|Am|Pl|Def|Pls|Defs)\.$/;
const NUMERIC_DATE = /^(.*?)[,\s]+(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;

function twoDigitYear(yy: number): number {
  const now = new Date().getFullYear() % 100;
  return yy <= now ? 2000 + yy : 1900 + yy;
}

function cleanCourt(s: string): string | undefined {
  const court = s.replace(/[,\s]+$/, '').trim();
  return court === '' ? undefined : court;
}

/**
 * Reads a court/date parenthetical such as "9th Cir. 2000", "Pa. Feb. 9, 2017", "1982",
 * "La.App. 1 Cir. 12/15/95", "9th Cir.". Returns undefined for explanatory parentheticals.
 */
export function parseCourtYear(content: string): CourtYear | undefined {
  const text = collapseSpace(content);
  if (text.length > 80) return undefined;
  const worded = WORDED_DATE.exec(text);
  if (worded) {
    const court = cleanCourt(worded[1]);
    if (court && !/^[A-Z0-9]/.test(court)) return undefined;
    const result: CourtYear = { year: Number(worded[4]) };
    if (court) result.court = court;
    if (worded[2]) {
      result.month = worded[2];
      result.day = worded[3];
    }
    return result;
  }
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const court = cleanCourt(numeric[1]);
    if (court && !/^[A-Z0-9]/.test(court)) return undefined;
    const y = numeric[4];
    const result: CourtYear = { year: y.length === 2 ? twoDigitYear(Number(y)) : Number(y) };
    if (court) result.court = court;
    return result;
  }
  // A court without a date: "(9th Cir.)", "(S.D.N.Y.)", "(Fed. Cir.)", "(Tex.)".
  if (COURT_ONLY.test(text) && !NOT_A_COURT.test(text)) return { court: text };
  return undefined;
}
