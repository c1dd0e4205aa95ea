import { extractCitations } from './extract-citations';
import type { Citation } from './types';

function bestCitation(input: string): Citation | undefined {
  const found = extractCitations(input).filter((c) => c.type !== 'id' && c.type !== 'supra');
  // Prefer the citation covering the most of what was typed (a case over a docket in its name).
  return found.sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start))[0];
}

/**
 * Normalises a typed citation to the key extractCitations gives the same authority:
 * "765 F.Supp.3d 382" → "765 F. Supp. 3d 382", "17 USC 107" → "17 U.S.C. § 107",
 * "Case No. 1:23-cv-11195-SHS" → "1:23-cv-11195", "Dkt. 45" → "ECF No. 45". Returns null when
 * nothing citable is recognised. A bare appellate number ("25-8018") needs its "No.".
 */
export function normalizeCitationKey(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  const found = bestCitation(text) ?? bestCitation(`No. ${text}`);
  return found ? found.key : null;
}
