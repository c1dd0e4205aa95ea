import { monthNumber } from '@casetrail/core';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '(?:19|20)\\d\\d';

const DATE_FORMS: { re: string; toIso: (m: RegExpExecArray) => string | null }[] = [
  { re: `(${MONTH})\\s+(${DAY}),?\\s+(${YEAR})`, toIso: (m) => iso(m[3], monthNumber(m[1]) ?? 0, m[2]) },
  { re: `(${DAY})\\s+(${MONTH}),?\\s+(${YEAR})`, toIso: (m) => iso(m[3], monthNumber(m[2]) ?? 0, m[1]) },
  { re: `(${YEAR})-([01]?\\d)-([0-3]?\\d)`, toIso: (m) => iso(m[1], Number(m[2]), m[3]) },
  { re: `(${YEAR})\\s*年\\s*([01]?\\d)\\s*月\\s*([0-3]?\\d)\\s*日`, toIso: (m) => iso(m[1], Number(m[2]), m[3]) },
];
const US_NUMERIC = {
  re: `([01]?\\d)/([0-3]?\\d)/(${YEAR})`,
  toIso: (m: RegExpExecArray) => iso(m[3], Number(m[1]), m[2]),
};

function iso(year: string, month: number, day: string): string | null {
  const y = Number(year);
  const d = Number.parseInt(day, 10);
  if (month < 1 || month > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, month - 1, d));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

/** Parses one date written in any of the supported forms; null when it is not a date. */
export function parseDate(text: string): string | null {
  for (const form of [...DATE_FORMS, US_NUMERIC]) {
    const m = new RegExp(`^${form.re}$`, 'i').exec(text.trim());
    if (m) return form.toIso(m);
  }
  return null;
}

const ANY_WORD_DATE = new RegExp(
  `\\b(?:${DATE_FORMS.slice(0, 2)
    .map((f) => f.re)
    .join('|')})\\b`,
  'gi',
);

/** Rewrites "December 1, 2025" and "1 December 2025" alike as 2025-12-01, for comparisons. */
export function canonicalDates(text: string): string {
  return text.replace(ANY_WORD_DATE, (match) => parseDate(match.replace(/\s+/g, ' ')) ?? match);
}

const DATE_ALT = `(?:${[...DATE_FORMS, US_NUMERIC].map((f) => f.re).join('|')})`;
const SEP = '\\s*(?:[:：-]\\s*)?';
const EFFECTIVE = new RegExp(
  `(?:\\b(?:version\\s+)?effective(?:\\s+date)?${SEP}(?:as\\s+of\\s+|from\\s+|on\\s+)?|(?:发布及)?生效日期${SEP})(${DATE_ALT})`,
  'gi',
);
const UPDATED = new RegExp(
  `(?:\\b(?:last\\s+(?:updated|modified|revised|revision)|latest\\s+updated|date\\s+of\\s+last\\s+revision|updated|revised)(?:\\s+on)?${SEP}|(?:更新日期|最近更新)${SEP})(${DATE_ALT})`,
  'gi',
);

function toPlainForDates(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_\\]/g, '')
    .replace(/[\u00A0\u202F\u200B\u2060]/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

/**
 * The date a terms document says it takes effect ("Effective: January 31, 2024"), else the date it
 * says it was last updated ("Last updated 2026-04-14", "UpdatedNovember 14, 2023", "更新日期：…").
 * ISO yyyy-mm-dd, or null.
 */
export function parseEffectiveDate(markdown: string): string | null {
  const plain = toPlainForDates(markdown);
  for (const marker of [EFFECTIVE, UPDATED]) {
    for (const m of plain.matchAll(marker)) {
      const date = parseDate(m[1].replace(/\s+/g, ' '));
      if (date) return date;
    }
  }
  return null;
}
