import type { DocketNumberParts } from './types';

const DISTRICT = /(?<!\d)((?:\d{1,2}:)?\d\d-[a-zA-Z]{1,5}-\d{1,10})/;
const BANKRUPTCY = /(?:#:\s+)?((?:\d-)?\d\d-\d*)/;
const JPML = /(MDL No.\s+\d*)/;
const APPELLATE = /(\d\d-\d+)/;

export type DocketNumberStyle = 'district' | 'bankruptcy' | 'appellate';

const PATTERNS: Record<DocketNumberStyle, RegExp[]> = {
  // District pages of the JPML carry "MDL No. 2741" instead.
  district: [DISTRICT, JPML],
  // Bankruptcy courts sometimes use district-style numbers too.
  bankruptcy: [DISTRICT, BANKRUPTCY],
  appellate: [APPELLATE],
};

export const NO_DOCKET_NUMBER_PARTS: DocketNumberParts = Object.freeze({
  officeCode: null,
  caseType: null,
  judgeInitialsAssigned: null,
  judgeInitialsReferred: null,
  defendantNumber: null,
});

// office:yy-type-nnnnn[-assigned judge][-referred judge][-defendant], e.g. 3:20-cr-00070-TKW-MAL-1
const DISTRICT_PARTS =
  /(\d):\d{2}-([a-zA-Z0-9]{1,5}|~gr)-\d{5}(?:-(N\/A|P1|[a-zA-Z_]{1,5}))?(?:-([a-zA-Z_]{1,5}))?(?:-(\d{1,3}))?/;
// yy-nnnnn-office-JUDGE (10-01083-8-RDD), office:yy-type-nnnnn[-JUDGE], or yy-nnnnn[-JUDGE]
const BANKRUPTCY_PARTS =
  /\d{2}-\d{5}-(\d)-([a-zA-Z]{2,4})|(?:(\d):\d{2}-([a-zA-Z0-9]{1,5}|~gr)-\d{5}|\d{2}-\d{5})(?:-(N\/A|P1|[a-zA-Z_]{1,5}))?/;

/** The coded parts of a full docket number string (office, case type, judges' initials, defendant). */
export function docketNumberParts(text: string, bankruptcy: boolean): DocketNumberParts {
  if (!bankruptcy) {
    const m = DISTRICT_PARTS.exec(text);
    if (!m) return { ...NO_DOCKET_NUMBER_PARTS };
    return {
      officeCode: m[1] ?? null,
      caseType: m[2] ?? null,
      judgeInitialsAssigned: m[3] ?? null,
      judgeInitialsReferred: m[4] ?? null,
      defendantNumber: m[5] ?? null,
    };
  }
  const m = BANKRUPTCY_PARTS.exec(text);
  if (!m) return { ...NO_DOCKET_NUMBER_PARTS };
  if (m[1]) {
    return { ...NO_DOCKET_NUMBER_PARTS, officeCode: m[1], judgeInitialsAssigned: m[2] ?? null };
  }
  return {
    ...NO_DOCKET_NUMBER_PARTS,
    officeCode: m[3] ?? null,
    caseType: m[4] ?? null,
    judgeInitialsAssigned: m[5] ?? null,
  };
}

/**
 * Finds the docket number in candidate strings (header lines, feed titles): the short form such
 * as `1:18-cv-03365` without judge initials, and the parts coded in the full string it came from.
 */
export function findDocketNumber(
  candidates: string[],
  style: DocketNumberStyle,
): { docketNumber: string | null; parts: DocketNumberParts } {
  for (const pattern of PATTERNS[style]) {
    for (const s of candidates) {
      const m = pattern.exec(s);
      if (m) {
        const parts =
          style === 'appellate' ? docketNumberParts(s, false) : docketNumberParts(s, style === 'bankruptcy');
        return { docketNumber: m[1], parts };
      }
    }
  }
  return { docketNumber: null, parts: { ...NO_DOCKET_NUMBER_PARTS } };
}
