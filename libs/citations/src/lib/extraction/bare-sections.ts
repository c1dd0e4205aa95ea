import { baseSection, SECTION_LIST, splitSections } from './section-list';
import { collapseSpace } from './text-scan';
import type { LawCitation } from './types';

/** Acts whose section numbers are the code's: "Section 107 of the Copyright Act" is 17 U.S.C. § 107. */
const ACTS_IN_CODE: { name: RegExp; title: string; code: string; sections?: RegExp }[] = [
  { name: /^Copyright Act\b/, title: '17', code: 'U.S.C.' },
  { name: /^(?:Digital Millennium Copyright Act|DMCA)\b/, title: '17', code: 'U.S.C.', sections: /^(?:12\d\d|512)\b/ },
];

const BARE_SECTION = new RegExp(
  String.raw`(?<![\w.§])(?:§§?|(?:[Ss]|\[[Ss]\])ections?\b|Secs?\.)\s*(${SECTION_LIST})(?![\w])`,
  'g',
);
const OF_TITLE = /^,?\s+of\s+[Tt]itle\s+(\d+)(?:,?\s+(?:of\s+the\s+)?(?:United States Code|U\.\s?S\.\s?C\.))?/;
const OF_NAMED =
  /^,?\s+of\s+(?:the|this|that|our|its|their)\s+((?:[A-Z][\w'’.-]*|of|and|&)(?:\s+(?:[A-Z0-9][\w'’.-]*|of|and|&)){0,7})/;
const NOT_STATUTE =
  /\b(?:Agreement|Terms|Contract|Policy|License|Licence|Complaint|Order|Brief|Memorandum|Motion|Opinion|Report|Guidelines?|Plan|Restatement|Constitution)\b/;

/**
 * Sections written without a code: "Section 1202(b)", "§ 107", "Sections 106 and 107". The title
 * is taken from "of title 17" or a known act ("of the Copyright Act", sections of the DMCA codified
 * as 17 U.S.C. §§ 512, 1201-1205); otherwise title and code are left out and the key is "§ 1202"
 * (section level, like every statute key; `section` keeps "1202(b)").
 */
export function extractBareSections(text: string): LawCitation[] {
  const out: LawCitation[] = [];
  for (const m of text.matchAll(BARE_SECTION)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 40), start);
    // Constitutions ("art. I, § 8") and rules are not statutes.
    if (/\b(?:art(?:icle)?\.?\s+[IVXLC\d]+\.?,?|[Cc]onst\.?|CONST\.)\s*$/i.test(before)) continue;
    const end = start + m[0].length;
    const after = text.slice(end, end + 120);
    let title: string | undefined;
    let code: string | undefined;
    let act: string | undefined;
    const ofTitle = OF_TITLE.exec(after);
    const ofNamed = ofTitle ? null : OF_NAMED.exec(after);
    const sections = splitSections(m[1]);
    if (ofTitle) {
      title = ofTitle[1];
      code = 'U.S.C.';
    } else if (ofNamed) {
      const name = collapseSpace(ofNamed[1]).replace(/[.,]+$/, '');
      if (NOT_STATUTE.test(name)) continue;
      act = name;
      const known = ACTS_IN_CODE.find(
        (a) => a.name.test(name) && (!a.sections || sections.every((s) => a.sections?.test(s))),
      );
      if (known) {
        title = known.title;
        code = known.code;
      }
    }
    for (const section of sections) {
      const c: LawCitation = {
        type: 'statute',
        span: { start, end },
        matchedText: m[0],
        key: code ? `${title} ${code} § ${baseSection(section)}` : `§ ${baseSection(section)}`,
        section,
        sections,
      };
      if (code) {
        c.code = code;
        c.title = title;
      }
      if (act) c.act = act;
      out.push(c);
    }
  }
  return out;
}
