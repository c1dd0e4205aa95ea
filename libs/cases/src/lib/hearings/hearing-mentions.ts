import { DATE_SOURCE, parseDocketDate, parseDocketTime, TIME_SOURCE } from './hearing-dates';
import { deadlineWhat, HearingKind, hearingWhat, isDeadlineLabel } from './hearing-kinds';

export type HearingAction = 'set' | 'reset' | 'held' | 'vacated';

/** One thing a docket entry says about a hearing or a deadline. */
export interface HearingMention {
  action: HearingAction;
  kind: HearingKind;
  /** `motion_hearing`, `case_management_conference`, `response_deadline`, … */
  what: string;
  /** The words the clerk wrote ("Initial Case Management Conference"). */
  label: string;
  /** ISO date the hearing is (now) on; for `held`/`vacated` the date named, if any. */
  date: string | null;
  /** HH:MM, court local time, when the text gives one. */
  time: string | null;
  /** For `reset` and `vacated`: the date the text says it was set for before ("set for 5/11/2012 is reset to …"). */
  previousDate: string | null;
}

const D = `(${DATE_SOURCE})`;
const T = `(${TIME_SOURCE})`;
const AUX = '(?:(?:is|are|has\\s+been|have\\s+been|be|been|hereby|will\\s+be|shall\\s+be)\\s+)';
const LOOKBEHIND = 220;

// Each anchor is a verb with its new date; the label is read from the words before it.
const RESET = new RegExp(
  `\\b(?:re-?set|continued|rescheduled|adjourned|moved)\\s+(?:to|for|until)\\s+(?:${T}\\s+(?:on\\s+)?)?${D}(?:,?\\s+(?:at\\s+)?${T})?`,
  'gi',
);
const SET = new RegExp(
  `\\b(?:set|scheduled|to\\s+be\\s+held|will\\s+be\\s+held)\\s+(?:for|on)\\s+(?:${T}\\s+(?:on\\s+)?)?${D}(?:,?\\s+(?:at\\s+)?${T})?`,
  'gi',
);
const DUE = new RegExp(`\\bdue\\s+(?:by|on)\\s+${D}`, 'gi');
const HELD = new RegExp(`\\bheld\\b(?:\\s+on\\s+${D})?`, 'gi');
const VACATED =
  /\b(?:vacated|cancell?ed|canceled|stricken|terminated)\b(?!\s+and\s+(?:re-?set|continued|rescheduled))/gi;

// "… Sentencing previously set for 3/13/2009, is " before a reset or a vacatur: the old date, then the label.
const PRIOR_SETTING = new RegExp(
  `(?:(?:previously|currently|originally)\\s+)?(?:set|scheduled)\\s+for\\s+(?:${T}\\s+(?:on\\s+)?)?(${DATE_SOURCE}|\\S+)(?:,?\\s+(?:at\\s+)?${T})?(?:\\s+before\\s+[^,;]{0,80}?)?,?\\s*${AUX}*(?:vacated\\s+and\\s+)?$`,
  'i',
);
const TRAILING_AUX = new RegExp(`\\s*,?\\s*${AUX}*(?:vacated\\s+and\\s+)?$`, 'i');

// Where a label starts: after a sentence, a clause, a parenthesis, a list item, or a date ("… due by 5/1/2017 Objections due by").
const LABEL_BOUNDARIES = [
  /[.;:()[\]]\s/g,
  /[;:()[\]]/g,
  /,\s/g,
  /\band\s/g,
  /\bre:\s/gi,
  /\d{1,2}\/\d{1,2}\/\d{2,4}\s/g,
  /\s-\s/g,
];
const LEADING_NOISE = /^(?:the|a|an|further|next|that|its|any|all|order|ordered|minutes|of|\d+)$/i;
const TRAILING_NOISE = /^(?:is|are|has|have|been|was|were|be|previously|currently|originally|hereby|already|now)$/i;

interface Located extends HearingMention {
  /** Where the label starts and the verb phrase ends, to drop a "set for" inside a reset. */
  start: number;
  end: number;
  anchor: number;
}

/**
 * The hearings and deadlines an entry's text sets, resets, vacates or reports held. Total: any text
 * yields a list (often empty); a clause whose date or subject cannot be read is left out, not guessed.
 */
export function parseHearingMentions(text: string): HearingMention[] {
  if (!text || text.length > 20_000) return [];
  const source = text.replace(/\s+/g, ' ');
  const found: Located[] = [];
  for (const match of source.matchAll(RESET)) {
    const date = parseDocketDate(match[2]);
    const time = parseDocketTime(match[3] ?? match[1] ?? '');
    const prior = priorOf(source, match.index);
    if (date) push(found, 'reset', prior.label, date, time, prior.previousDate, prior.start, match);
  }
  for (const match of source.matchAll(VACATED)) {
    const prior = priorOf(source, match.index);
    // "Motions terminated: 12" is not a hearing; a vacatur names its hearing or says "is vacated".
    if (!prior.hadSetting && !prior.hadAux) continue;
    push(found, 'vacated', prior.label, prior.previousDate, null, prior.previousDate, prior.start, match);
  }
  const consumed = found.map((m) => [m.start, m.anchor] as const);
  const inside = (index: number) => consumed.some(([start, anchor]) => index >= start && index < anchor);
  for (const match of source.matchAll(SET)) {
    if (inside(match.index)) continue;
    const date = parseDocketDate(match[2]);
    const time = parseDocketTime(match[3] ?? match[1] ?? '');
    const label = labelBefore(source, match.index);
    if (date) push(found, 'set', label.label, date, time, null, label.start, match);
  }
  for (const match of source.matchAll(DUE)) {
    const date = parseDocketDate(match[1]);
    const label = labelBefore(source, match.index);
    if (date) push(found, 'set', label.label, date, null, null, label.start, match, 'deadline');
  }
  for (const match of source.matchAll(HELD)) {
    const before = source.slice(Math.max(0, match.index - 20), match.index);
    if (/\b(?:not|be|to be|will be)\s+$/i.test(before)) continue;
    const date = match[1] ? parseDocketDate(match[1]) : null;
    if (match[1] && !date) continue;
    const label = labelBefore(source, match.index, true);
    push(found, 'held', label.label, date, null, null, label.start, match);
  }
  return found
    .sort((a, b) => a.anchor - b.anchor)
    .map(({ start: _start, end: _end, anchor: _anchor, ...mention }) => mention);
}

function push(
  found: Located[],
  action: HearingAction,
  label: string,
  date: string | null,
  time: string | null,
  previousDate: string | null,
  start: number,
  match: RegExpMatchArray,
  kind?: HearingKind,
): void {
  if (!label) return;
  const resolvedKind: HearingKind = kind ?? (isDeadlineLabel(label) ? 'deadline' : 'hearing');
  const what = resolvedKind === 'deadline' ? deadlineWhat(label) : hearingWhat(label);
  if (!what) return;
  const anchor = match.index ?? 0;
  found.push({
    action,
    kind: resolvedKind,
    what,
    label,
    date,
    time,
    previousDate,
    start,
    anchor,
    end: anchor + match[0].length,
  });
}

/** Before a reset or vacatur: the hearing's label and, when written, the date it was set for. */
function priorOf(
  source: string,
  index: number,
): { label: string; start: number; previousDate: string | null; hadSetting: boolean; hadAux: boolean } {
  const from = Math.max(0, index - LOOKBEHIND);
  const before = source.slice(from, index);
  const setting = PRIOR_SETTING.exec(before);
  if (setting) {
    const label = labelBefore(source, from + setting.index);
    return { ...label, previousDate: parseDocketDate(setting[2]), hadSetting: true, hadAux: true };
  }
  const aux = TRAILING_AUX.exec(before);
  const hadAux = !!aux && aux[0].trim().length > 0;
  const label = labelBefore(source, from + (aux ? aux.index : before.length));
  return { ...label, previousDate: null, hadSetting: false, hadAux };
}

/**
 * The words naming the hearing right before `index`: back to the nearest clause boundary, without
 * "as to <defendant>" (minute entries) and a leading article.
 */
function labelBefore(source: string, index: number, held = false): { label: string; start: number } {
  const from = Math.max(0, index - LOOKBEHIND);
  let region = source.slice(from, index);
  if (held) region = region.replace(/\s+(?:was|were)\s*$/i, '').replace(/\s+as\s+to\s+[^:;]*$/i, '');
  region = region.replace(/\s*(?:\(n\/a\)|,)\s*$/i, '');
  const cut = Math.max(...LABEL_BOUNDARIES.map((boundary) => lastEnd(region, boundary)));
  const words = region.slice(cut).trim().split(' ').filter(Boolean).slice(-10);
  while (words.length > 0 && LEADING_NOISE.test(words[0])) words.shift();
  while (words.length > 0 && TRAILING_NOISE.test(words[words.length - 1])) words.pop();
  const label = words.join(' ').replace(/[\s,]+$/, '');
  return { label, start: from + cut };
}

function lastEnd(text: string, pattern: RegExp): number {
  let end = 0;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}
