/**
 * Federal docket numbers: "1:23-cv-11195-SHS-OTW", "3:24-cv-05417 (WHA)", "23-cv-11195", "1:25-md-03143".
 * The normalised form keeps office, two-digit year, case type and five-digit sequence
 * ("1:23-cv-11195"); judge initials are returned apart because they change over a case's life.
 */
export interface ParsedDocketNumber {
  normalized: string;
  office: string | null;
  year: string;
  caseType: string;
  sequence: string;
  judgeInitials: string[];
}

const FEDERAL_DOCKET = /^(?:(\d{1,2}):)?(\d{2}|\d{4})-?([a-z]{1,4})-?(\d{1,6})((?:[-\s]+\(?[A-Z]{2,4}\)?)*)$/i;

export function parseDocketNumber(input: string): ParsedDocketNumber | null {
  const cleaned = input
    .trim()
    .replace(/^(?:case|no\.?|civil action no\.?)\s*:?\s*/i, '')
    .trim();
  const match = FEDERAL_DOCKET.exec(cleaned);
  if (!match) return null;
  const [, office, rawYear, rawType, rawSequence, rawJudges] = match;
  const year = rawYear.length === 4 ? rawYear.slice(2) : rawYear;
  const caseType = rawType.toLowerCase();
  const sequence = rawSequence.padStart(5, '0');
  const judgeInitials = (rawJudges.match(/[A-Z]{2,4}/gi) ?? []).map((j) => j.toUpperCase());
  const normalized = `${office ? `${office}:` : ''}${year}-${caseType}-${sequence}`;
  return { normalized, office: office ?? null, year, caseType, sequence, judgeInitials };
}

/** The normalised docket number, or the trimmed input when it is not a federal number. */
export function normalizeDocketNumber(input: string): string {
  return parseDocketNumber(input)?.normalized ?? input.trim().replace(/\s+/g, ' ');
}

/** The same number without the office prefix, for matching "23-cv-11195" to "1:23-cv-11195". */
export function docketNumberCore(input: string): string {
  const parsed = parseDocketNumber(input);
  return parsed ? `${parsed.year}-${parsed.caseType}-${parsed.sequence}` : input.trim();
}
