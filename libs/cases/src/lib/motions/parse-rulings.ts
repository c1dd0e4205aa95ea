import { dispositionOf, MotionDisposition } from './motion-disposition';

/** One motion an order decides: the motion's docket number, the disposition, and the words that say so. */
export interface ParsedRuling {
  motionNumber: string;
  disposition: MotionDisposition;
  spanStart: number;
  spanEnd: number;
  span: string;
}

const MAX_TEXT = 20_000;

// A docket number as orders cite it: "12", "[62-1]" or "62-1" (document 62, attachment or part 1).
// Never part of a date, a statute ("21 USC" is caught later by the noun test) or a longer word.
const NUM = String.raw`(?<![\w/.$§-])(?:\[\s*)?(\d{1,5})(?:-\d{1,3})?(?:\s*\])?(?![\w/:]|\.\d|\s*(?:of|days?|weeks?|months?|years?|pages?|hours?|minutes?|percent|%)\b)`;
const NUM_LIST = String.raw`${NUM}(?:\s*(?:,|and|&|,\s*and)\s*${NUM})*`;
const MOTION_NOUN = /\b(?:motions?|applications?|requests?|requesting|petitions?|letter)\b/i;

// Verb phrases that state a disposition, most specific first.
const VERB = String.raw`(?:granting\s+in\s+part\s*(?:,|and)?\s*denying\s+in\s+part|denying\s+in\s+part\s*(?:,|and)?\s*granting\s+in\s+part|granting\s+in\s+part|denying\s+in\s+part|(?:denying|finding|deeming|terminating)\s+as\s+moot|mooting|denying\s+without\s+prejudice|denying\s+with\s+prejudice|granting|granted|grants|allowing|approving|denying|denied|denies|terminating|withdrawing)`;

// "granting 12 Motion", "Denying 77 Defendant's Motion", "granting Defendants' 84 Motion", "granted the 9 MOTION".
const VERB_THEN_NUMBERS = new RegExp(
  String.raw`\b(${VERB})\s+(?:the\s+)?(?:[A-Za-z]+(?:'s|s'|’s)\s+)?(${NUM_LIST})`,
  'gi',
);

// "7 Motion for Leave to File Further Motions - Granted", "[21-5] MOTION to Dismiss … - Denied without prejudice".
const NUMBER_THEN_DASH_VERB = new RegExp(
  String.raw`${NUM}\s+(?:[A-Za-z'’-]+\s+){0,3}?motion\b[^;]{0,400}?\s*-\s*(granted\s+in\s+part(?:\s+and\s+denied\s+in\s+part)?|granted|denied|moot|withdrawn|terminated)\b`,
  'gi',
);

// "… is DENIED", "… are granted in part", "… is moot", "… is hereby granted".
const PREDICATE =
  /\b(?:is|are)\s+(?:hereby\s+|therefore\s+|accordingly\s+)?(granted\s+in\s+part(?:\s+and\s+denied\s+in\s+part)?|denied\s+in\s+part(?:\s+and\s+granted\s+in\s+part)?|denied\s+as\s+moot|granted|denied|allowed|moot|withdrawn|terminated)\b/gi;

// How an order names the motion it is about without a verb: "ORDER re 12 MOTION", "ORDER ENDORSED on 14 Motion",
// "(Docket no. 6 )", "(ECF No. 59 )", "(RE: related document(s)4 Application".
const SUBJECT_REFS = [
  new RegExp(
    String.raw`^[^.;:]{0,60}?\b(?:re|on)\s+${NUM}\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:motion|application|petition|request)`,
    'i',
  ),
  new RegExp(String.raw`\((?:ECF|Dkt\.?|Docket|Doc\.?)\s*(?:No\.?|#)?\s*${NUM}\s*\)`, 'gi'),
  new RegExp(
    String.raw`related\s+document\(s\)\s*${NUM}\s+(?:[A-Za-z'’-]+\s+){0,2}?(?:motion|application|petition|request)`,
    'gi',
  ),
];
// Docket numbers inside a sentence's subject: "the 22 MOTION …", "(ECF No. 59 )", "[12]".
const REFS_IN_SUBJECT = [
  new RegExp(String.raw`${NUM}\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:motion|application|petition|request)`, 'gi'),
  new RegExp(String.raw`(?:ECF|Dkt\.?|Docket|Doc\.?)\s*(?:No\.?|#)?\s*${NUM}`, 'gi'),
];

// The start of an order, opinion or minute entry, after an optional "Judge X:" prefix and "**…**" flags.
const RULING_HEAD = new RegExp(
  String.raw`^\s*(?:(?:(?:Chief|Senior|District|Magistrate|Bankruptcy|U\.S\.)\s+)*Judge\s+[^:]{1,60}:\s*)?(?:\*+[^*]{0,60}\*+\s*)*` +
    String.raw`(?:(?!(?:proposed|notice|motion|stipulation|mail|request|application|petition|response|reply|brief|declaration|transcript|consent|joint|letter\s+from)\b)[A-Za-z&.-]+\s+){0,4}?` +
    String.raw`(?:order|opinion|minute\s+entry|minutes|memo[- ]endorsement|memo\s+endorsed)\b`,
  'i',
);
const NOT_A_RULING = /^\s*(?:\*+[^*]*\*+\s*)*(?:proposed|notice|mail|abstract\s+of\s+order|usca\s+order)/i;

/** Whether a docket text is an order, opinion or minute entry (the only entries that decide motions). */
export function isRulingText(text: string): boolean {
  const head = text.slice(0, 200);
  return RULING_HEAD.test(head) && !NOT_A_RULING.test(head);
}

/**
 * The motions an order, opinion or minute entry decides, by the docket numbers it names. Text that
 * names no number, or whose subject cannot be tied to exactly the motions named, yields nothing:
 * a link is never guessed.
 */
export function parseRulings(text: string): ParsedRuling[] {
  if (typeof text !== 'string' || !isRulingText(text)) return [];
  const t = text.slice(0, MAX_TEXT);
  const found: ParsedRuling[] = [];
  const directed = verbDirected(t, found);
  numberThenDash(t, found);
  const about = [...directed, ...subjectRefs(t)];
  predicates(t, found, about);
  headVerbWithoutNumber(t, found, about);
  return dedupe(found);
}

function verbDirected(t: string, found: ParsedRuling[]): string[] {
  const numbers: string[] = [];
  for (const m of t.matchAll(VERB_THEN_NUMBERS)) {
    const disposition = dispositionOf(m[1]);
    const end = (m.index ?? 0) + m[0].length;
    // The numbers must name a motion (or a request or letter asking for something) within a few words.
    const after = t.slice(end, end + 120).split(';')[0];
    if (disposition === null || !MOTION_NOUN.test(after.split(/\s+/).slice(0, 13).join(' '))) continue;
    for (const n of numbersIn(m[2])) {
      numbers.push(n);
      found.push(ruling(t, n, disposition, m.index ?? 0, end));
    }
  }
  return numbers;
}

function numberThenDash(t: string, found: ParsedRuling[]): void {
  for (const m of t.matchAll(NUMBER_THEN_DASH_VERB)) {
    const disposition = dispositionOf(m[2]);
    // A second motion or a verb inside the stretch means the dash belongs to something else.
    const between = m[0].slice(m[0].toLowerCase().indexOf('motion') + 6, m[0].lastIndexOf('-'));
    if (disposition === null || new RegExp(String.raw`${NUM}\s+motion\b|\b${VERB}\b`, 'i').test(between)) continue;
    const start = m.index ?? 0;
    found.push(ruling(t, m[1], disposition, start, start + m[0].length));
  }
}

function predicates(t: string, found: ParsedRuling[], subjectNumbers: string[]): void {
  for (const m of t.matchAll(PREDICATE)) {
    const disposition = dispositionOf(m[1]);
    const at = m.index ?? 0;
    const start = sentenceStart(t, at);
    const subject = start < 0 ? '' : t.slice(start, at);
    if (disposition === null || !MOTION_NOUN.test(subject)) continue;
    const end = at + m[0].length;
    const named = REFS_IN_SUBJECT.flatMap((re) => [...subject.matchAll(re)].map((r) => r[1]));
    const numbers = named.length > 0 ? named : backReferenced(subject, subjectNumbers);
    for (const n of numbers) found.push(ruling(t, n, disposition, start, end));
  }
}

// "Order Approving Application for … (RE: related document(s)4 Application …)": the verb names no number.
function headVerbWithoutNumber(t: string, found: ParsedRuling[], subjectNumbers: string[]): void {
  const head = new RegExp(
    String.raw`^[^;:]{0,80}?\b(${VERB})\s+(?:the\s+)?(?:[A-Za-z]+(?:'s|s'|’s)\s+)?((?:[A-Za-z-]+\s+){0,3}?(?:motions?|applications?|petitions?))\b`,
    'i',
  ).exec(t);
  if (!head) return;
  const disposition = dispositionOf(head[1]);
  if (disposition === null) return;
  const start = head.index;
  for (const n of backReferenced(head[2], subjectNumbers))
    found.push(ruling(t, n, disposition, start, start + head[0].length));
}

/** A subject with no number ("the Motion to Continue", "defendants' motions") means the motions the order is about. */
function backReferenced(subject: string, subjectNumbers: string[]): string[] {
  const distinct = [...new Set(subjectNumbers)];
  const plural = /\b(?:motions|applications|requests|petitions)\b/i.test(subject);
  if (plural) return distinct.length >= 1 && distinct.length <= 6 ? distinct : [];
  return distinct.length === 1 ? distinct : [];
}

function subjectRefs(t: string): string[] {
  return SUBJECT_REFS.flatMap((re) => (re.global ? [...t.matchAll(re)].map((m) => m[1]) : [re.exec(t)?.[1]])).filter(
    (n): n is string => n !== undefined,
  );
}

const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'dkt',
  'doc',
  'mr',
  'ms',
  'mrs',
  'dr',
  'jr',
  'sr',
  'v',
  'vs',
  'al',
  'inc',
  'ltd',
  'corp',
  'co',
  'seq',
  'civ',
  'fed',
  'cir',
  'ct',
  'p',
  'pp',
]);

const MAX_SUBJECT = 600;

/**
 * Where the sentence holding `at` begins: after ";", ":", "ORDERED that" or a full stop that is not an
 * abbreviation's; -1 when no sentence begins within MAX_SUBJECT characters (no subject is that long).
 */
function sentenceStart(t: string, at: number): number {
  let start = at > MAX_SUBJECT ? -1 : 0;
  for (let i = at - 1; i >= Math.max(0, at - MAX_SUBJECT); i--) {
    if (isSentenceBoundary(t, i)) {
      start = i + 1;
      break;
    }
  }
  if (start < 0) return -1;
  const ordered = [...t.slice(start, at).matchAll(/\bORDERED\s+that\s+/gi)].pop();
  return ordered ? start + (ordered.index ?? 0) + ordered[0].length : start;
}

function isSentenceBoundary(t: string, i: number): boolean {
  const c = t[i];
  if (c === ';' || c === ':') return true;
  if (c !== '.' || !/\s/.test(t[i + 1] ?? ' ')) return false;
  if (/\)\s*$/.test(t.slice(Math.max(0, i - 3), i))) return true;
  const word = /([A-Za-z]+)$/.exec(t.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  return word.length > 1 && !ABBREVIATIONS.has(word.toLowerCase());
}

function numbersIn(list: string): string[] {
  return [...list.matchAll(new RegExp(NUM, 'g'))].map((m) => String(Number(m[1])));
}

function ruling(t: string, n: string, disposition: MotionDisposition, start: number, end: number): ParsedRuling {
  const spanStart = Math.max(0, start);
  const span = t.slice(spanStart, end).trim();
  return { motionNumber: String(Number(n)), disposition, spanStart, spanEnd: end, span };
}

function dedupe(rulings: ParsedRuling[]): ParsedRuling[] {
  const seen = new Map<string, ParsedRuling>();
  for (const r of rulings) {
    const key = `${r.motionNumber}|${r.disposition}`;
    const prior = seen.get(key);
    if (!prior || r.spanStart < prior.spanStart) seen.set(key, r);
  }
  return [...seen.values()].sort(
    (a, b) => a.spanStart - b.spanStart || Number(a.motionNumber) - Number(b.motionNumber),
  );
}
