import { HearingKind, HearingStatus } from './hearing-kinds';
import { HearingAction, HearingMention, parseHearingMentions } from './hearing-mentions';

/** A docket entry as the derivation reads it. */
export interface HearingSourceEntry {
  id: string;
  dateFiled: string;
  sortOrder: number;
  text: string;
}

/** One step in a hearing's life: the entry that set, moved, vacated it or reported it held. */
export interface HearingChange {
  action: HearingAction;
  entryId: string;
  /** The entry's filing date. */
  on: string;
  date: string | null;
  time: string | null;
  status: HearingStatus;
  label: string;
  /** Set when a reset or vacatur named no hearing that the earlier entries set. */
  note?: string;
}

export interface DerivedHearing {
  /** Stable within the case: the entry that first mentioned it, what it is, and its place in that entry. */
  naturalKey: string;
  kind: HearingKind;
  what: string;
  label: string;
  status: HearingStatus;
  date: string | null;
  time: string | null;
  setByEntryId: string;
  lastChangedByEntryId: string;
  /** Bumped on each change of date, time or status after the first (the ICS SEQUENCE). */
  sequence: number;
  history: HearingChange[];
}

const GENERIC = new Set(['hearing', 'conference', 'deadline']);
const MANY_AT_ONCE = new Set([
  ...GENERIC,
  'motion_hearing',
  'pre_motion_conference',
  'evidentiary_hearing',
  'discovery_hearing',
  'show_cause_hearing',
]);

/**
 * Replays a case's entries in docket order into hearings and deadlines. A reset, vacatur or "held"
 * updates the open hearing it names (same subject, and the date it names when it names one); when
 * none or several could be meant, nothing is merged by guess: a reset becomes a hearing of its own
 * with a note, a vacatur or "held" without a date is dropped.
 */
export function deriveHearings(entries: HearingSourceEntry[]): DerivedHearing[] {
  const ordered = [...entries].sort(
    (a, b) => a.dateFiled.localeCompare(b.dateFiled) || a.sortOrder - b.sortOrder || a.id.localeCompare(b.id),
  );
  const hearings: DerivedHearing[] = [];
  for (const entry of ordered) {
    let mentions: HearingMention[];
    try {
      mentions = parseHearingMentions(entry.text);
    } catch {
      continue; // The parser is total; this keeps an unforeseen input from stopping the others.
    }
    const ordinals = new Map<string, number>();
    for (const mention of mentions) {
      const ordinal = (ordinals.get(mention.what) ?? 0) + 1;
      ordinals.set(mention.what, ordinal);
      apply(hearings, entry, mention, `${entry.id}:${mention.what}:${ordinal}`);
    }
  }
  return hearings;
}

function apply(hearings: DerivedHearing[], entry: HearingSourceEntry, m: HearingMention, key: string): void {
  const open = hearings.filter((h) => h.kind === m.kind && isOpen(h) && sameSubject(h.what, m.what));
  switch (m.action) {
    case 'set': {
      // A hearing restated ("the status conference set for 7/31/2023") is the same hearing.
      const same = open.find((h) => h.date === m.date && (h.time === m.time || !h.time || !m.time));
      if (same) {
        if (!same.time && m.time) change(same, entry, m, same.status);
        return;
      }
      // A trial, sentencing or conference is set for one date at a time: a new "set for" while one is
      // pending is a reset (clerks file resets as "Set/Reset Hearings"). Motion hearings and deadlines
      // can be many at once, so for them it is a new one.
      const pending = open.filter((h) => h.what === m.what && h.date !== null && h.date >= entry.dateFiled);
      if (m.kind === 'hearing' && !MANY_AT_ONCE.has(m.what) && pending.length === 1) {
        change(pending[0], entry, m, 'rescheduled');
        return;
      }
      hearings.push(create(key, entry, m, 'scheduled'));
      return;
    }
    case 'reset': {
      const target = pick(open, m, entry);
      if (!target) {
        hearings.push(create(key, entry, m, 'rescheduled', 'reset of a hearing no earlier entry set'));
        return;
      }
      if (target.date === m.date && (target.time === m.time || !m.time)) return;
      change(target, entry, m, 'rescheduled');
      return;
    }
    case 'vacated': {
      const target = pick(open, m, entry);
      if (target) change(target, entry, { ...m, date: target.date, time: target.time }, 'vacated');
      else if (m.date) hearings.push(create(key, entry, m, 'vacated', 'vacatur of a hearing no earlier entry set'));
      return;
    }
    case 'held': {
      const onOrBefore = open.filter((h) => h.date !== null && h.date <= entry.dateFiled);
      const target = m.date ? open.find((h) => h.date === m.date) : onOrBefore.length === 1 ? onOrBefore[0] : undefined;
      if (target) change(target, entry, { ...m, date: target.date, time: target.time }, 'held');
      else if (m.date && !hearings.some((h) => h.status === 'held' && h.date === m.date && sameSubject(h.what, m.what)))
        // An amended minute entry reports the same hearing held again: one hearing, not two.
        hearings.push(create(key, entry, m, 'held'));
      return;
    }
  }
}

/**
 * The open hearing a reset or vacatur means: the one on the date it names; else the only one of the
 * same name, else the only one of the same name still ahead on the entry's day, else the only one.
 */
function pick(open: DerivedHearing[], m: HearingMention, entry: HearingSourceEntry): DerivedHearing | undefined {
  if (m.previousDate) {
    const onDate = open.filter((h) => h.date === m.previousDate);
    if (onDate.length <= 1) return onDate[0];
    open = onDate;
  }
  const named = open.filter((h) => sameLabel(h.label, m.label));
  if (named.length === 1) return named[0];
  const ahead = (named.length > 0 ? named : open).filter((h) => h.date !== null && h.date >= entry.dateFiled);
  if (ahead.length === 1) return ahead[0];
  return open.length === 1 ? open[0] : undefined;
}

function sameLabel(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\s+hearing$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

function isOpen(h: DerivedHearing): boolean {
  return h.status === 'scheduled' || h.status === 'rescheduled';
}

/** "Hearing" in a reset ("Hearing continued to 3/6/2018") may mean any hearing; named subjects must agree. */
function sameSubject(a: string, b: string): boolean {
  if (a === b || GENERIC.has(b)) return true;
  return a === 'hearing' || (a === 'conference' && b.endsWith('_conference'));
}

function create(
  key: string,
  entry: HearingSourceEntry,
  m: HearingMention,
  status: HearingStatus,
  note?: string,
): DerivedHearing {
  return {
    naturalKey: key,
    kind: m.kind,
    what: m.what,
    label: m.label,
    status,
    date: m.date,
    time: m.time,
    setByEntryId: entry.id,
    lastChangedByEntryId: entry.id,
    sequence: 0,
    history: [step(entry, m, status, note)],
  };
}

function change(h: DerivedHearing, entry: HearingSourceEntry, m: HearingMention, status: HearingStatus): void {
  h.date = m.date;
  // A reset that gives no time leaves the time unknown: the old hour on the new day would be a guess.
  h.time = m.action === 'set' && h.date === m.date ? (m.time ?? h.time) : m.time;
  h.status = status;
  h.lastChangedByEntryId = entry.id;
  if (GENERIC.has(h.what) && !GENERIC.has(m.what)) {
    h.what = m.what;
    h.label = m.label;
  }
  h.sequence += 1;
  h.history.push(step(entry, m, status));
}

function step(entry: HearingSourceEntry, m: HearingMention, status: HearingStatus, note?: string): HearingChange {
  return {
    action: m.action,
    entryId: entry.id,
    on: entry.dateFiled,
    date: m.date,
    time: m.time,
    status,
    label: m.label,
    ...(note ? { note } : {}),
  };
}
