import type { DocketCitation, EcfCitation } from './types';

// "3:24-cv-05417-WHA", "1:23-cv-11195-SHS-OTW": office, year, case type, number, judges.
const DISTRICT = /(?<![\w:/.-])(\d{1,2}):(\d{2})-([a-zA-Z]{2,4})-(\d{1,6})((?:-[A-Z]{2,4})*)(?![\w-])/g;
// "23-cv-11195", "16-CV-6794" (no office).
const DISTRICT_SHORT =
  /(?<![\w:/.-])(\d{2})-(cv|cr|mc|md|mj|bk|ap|po|sw|dp|CV|CR|MC|MD|MJ|BK|AP)-(\d{1,6})((?:-[A-Z]{2,4})*)(?![\w-])/g;
// After "No." / "Case No." / "Docket #:": "25-8018", "C 24-05417 WHA", "99 Civ. 9404", "2:20-mj-0089".
const NUMBERED =
  /(?<![\w])(?:No|Nos|Number)\.?\s*:?\s*((?:[A-Z]{1,2}[\s-]?)?\d{2,4}[-–]\d{1,6}(?:-[A-Z]{1,4})?|\d{2}\s+Civ\.?\s+\d{1,5}|\d{2}\s+Cr(?:im)?\.?\s+\d{1,5})(?:\s+([A-Z]{2,4})\b(?!\.))?/g;
const DOCKET_HASH = /Docket\s*#\s*:?\s*(\d{2,4}-\d{1,6})/g;
const MDL = /(?<![\w])MDL\s+No\.?\s*(\d{1,5})(?![\w])/g;

/** Capitalised words before "No." that mean something else: bar, report, policy, patent numbers. */
const NOT_A_CASE_NUMBER =
  /(?:^|[\s(])(?:Bar|Rep|Policy|Dial|CSR|Registration|Reg|Patent|Pat|Serial|Account|Acct|Claim|Order|Res|Exec|Tel|Phone|Fax|Ex|Exh|Exhibit|Entry|ECF|EOF|Dkt|Doc|Item|Tab|Form|Ordinance|Resolution|Invoice|License|Pub\. L|L|Contract|Model|Part|Lot|Box|Room|Suite|Unit|Route|Flight|Ref|Tax|ID|Identification|Doc(?:ument)?)\.?\s*$/;

function pad(n: string): string {
  return n.padStart(5, '0');
}

export function extractDockets(text: string): DocketCitation[] {
  const out: DocketCitation[] = [];
  const push = (start: number, end: number, docketNumber: string, judges?: string): void => {
    const c: DocketCitation = {
      type: 'docket',
      span: { start, end },
      matchedText: text.slice(start, end),
      key: docketNumber,
      docketNumber,
    };
    if (judges) c.judges = judges;
    out.push(c);
  };
  for (const m of text.matchAll(DISTRICT)) {
    const start = m.index ?? 0;
    const judges = m[5] ? m[5].slice(1) : undefined;
    push(start, start + m[0].length, `${m[1]}:${m[2]}-${m[3].toLowerCase()}-${pad(m[4])}`, judges);
  }
  for (const m of text.matchAll(DISTRICT_SHORT)) {
    const start = m.index ?? 0;
    const judges = m[4] ? m[4].slice(1) : undefined;
    push(start, start + m[0].length, `${m[1]}-${m[2].toLowerCase()}-${pad(m[3])}`, judges);
  }
  for (const m of text.matchAll(NUMBERED)) {
    const start = m.index ?? 0;
    if (NOT_A_CASE_NUMBER.test(text.slice(Math.max(0, start - 24), start))) continue;
    const number = m[1]
      .replace(/\s+/g, ' ')
      .replace(/–/g, '-')
      .replace(/^([A-Z]{1,2})[\s-]?(?=\d)/, '$1 ');
    const numberStart = start + m[0].indexOf(m[1]);
    // Judge initials follow only the old lettered form: "No. C 24-05417 WHA".
    const judges = /^[A-Z]/.test(number) ? m[2] : undefined;
    const end = judges ? start + m[0].length : numberStart + m[1].length;
    push(numberStart, end, number, judges);
  }
  for (const m of text.matchAll(DOCKET_HASH)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    push(start, start + m[1].length, m[1]);
  }
  for (const m of text.matchAll(MDL)) {
    const start = m.index ?? 0;
    push(start, start + m[0].length, `MDL No. ${m[1]}`);
  }
  return out;
}

// "ECF No. 231", "ECF Nos. 12, 14", "Dkt. 45", "Dkt. No. 45 at 3", "Doc. 12", "Docket No. 477", "D.E. 5".
const ECF =
  /(?<![\w.])(?:ECF|Dkt\.?|Docket|Doc\.?|D\.E\.|D\.I\.)\s*(?:Nos?\.|Numbers?|#)?\s*(\d{1,5}(?:\s?-\s?\d{1,3})?(?:(?:\s*,\s*|\s*(?:,\s*)?(?:and|&)\s+)\d{1,5}(?:\s?-\s?\d{1,3})?)*)(?:,?\s+at\s+(\d+(?:\s*[-–]\s*\d+)?))?(?![\w-])/g;

export function extractEcfReferences(text: string): EcfCitation[] {
  const out: EcfCitation[] = [];
  for (const m of text.matchAll(ECF)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    for (const entry of m[1]
      .split(/\s*(?:,|and|&)\s*/)
      .filter(Boolean)
      .map((e) => e.replace(/\s+/g, ''))) {
      const [ecfNumber, attachment] = entry.split('-');
      const c: EcfCitation = {
        type: 'ecf',
        span: { start, end },
        matchedText: m[0],
        key: `ECF No. ${entry}`,
        ecfNumber,
      };
      if (attachment) c.attachment = attachment;
      if (m[2]) c.pinCite = m[2].replace(/\s+/g, '');
      out.push(c);
    }
  }
  return out;
}
