// Section numbers and lists: "107", "106(1)-(3)", "5739.02(B)(7)", "23-3-119(a)(2) and (d)",
// "§§ 101, 102, 106, 107, 109 and 504".

const SECTION_NUMBER = String.raw`\d+[A-Za-z]{0,2}(?:[-–.:/]\d+[A-Za-z]{0,2})*`;
const SUBSECTION = String.raw`\([A-Za-z0-9]{1,5}\)`;
export const SECTION = String.raw`${SECTION_NUMBER}(?:${SUBSECTION})*(?:\s*[-–—]\s*(?:${SECTION_NUMBER})?(?:${SUBSECTION})+)?(?:,?\s+(?:and|or|&)\s+(?:${SUBSECTION})+)*`;
const SEPARATOR = String.raw`(?:\s*,\s*(?:and\s+|or\s+|&\s*)?|\s+(?:and|or)\s+|\s*&\s*)(?:§§?\s*)?`;
/** One or more sections; no capturing groups, so it can be embedded anywhere. */
// A later item followed by a code abbreviation is the title of the next citation: "§ 1331 and 17 U.S.C.".
const NOT_A_TITLE = String.raw`(?!,?\s+(?:[A-Z][A-Za-z]{0,7}\.|USC\b|CFR\b))`;
export const SECTION_LIST = String.raw`${SECTION}(?:${SEPARATOR}(?=\d)${SECTION}${NOT_A_TITLE})*(?:,?\s+et\s+seq\.?)?`;

const SECTION_AT = new RegExp(SECTION, 'y');
const SEPARATOR_AT = new RegExp(SEPARATOR, 'y');

export function normalizeSection(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/[–—]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .trim();
}

/** Splits a matched section list into its sections, subsections kept. */
export function splitSections(list: string): string[] {
  const out: string[] = [];
  let pos = 0;
  for (;;) {
    SECTION_AT.lastIndex = pos;
    const m = SECTION_AT.exec(list);
    if (!m || m[0] === '') break;
    out.push(normalizeSection(m[0]));
    pos = SECTION_AT.lastIndex;
    SEPARATOR_AT.lastIndex = pos;
    const sep = SEPARATOR_AT.exec(list);
    if (!sep || !/^\d/.test(list.slice(SEPARATOR_AT.lastIndex))) break;
    pos = SEPARATOR_AT.lastIndex;
  }
  return out;
}

/** "106(1)-(3)" → "106"; "21-3516(a)(2)" → "21-3516". */
export function baseSection(section: string): string {
  const i = section.indexOf('(');
  return i < 0 ? section : section.slice(0, i);
}
