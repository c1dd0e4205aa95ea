import { CaseStatus } from '../cases/case-status';
import { CaseStage, StageSourceKind } from './case-stage';

export interface StageEntryInput {
  id: string;
  entryNumber: number | null;
  dateFiled: string;
  entryType: string;
  description: string;
}

export interface StageEventInput {
  id: string;
  date: string | null;
  type: string;
  title: string;
  summary: string | null;
}

export interface DerivedStage {
  stage: CaseStage;
  source: {
    kind: StageSourceKind;
    /** The docket entry's or event's id; null for a stage set by the status or by nothing. */
    id: string | null;
    entryNumber: number | null;
    date: string | null;
    /** The entry's or event's text (cut to 300 characters), or the status. */
    text: string | null;
  };
}

const RANK: Record<CaseStage, number> = {
  [CaseStage.Pleadings]: 0,
  [CaseStage.MotionToDismiss]: 1,
  [CaseStage.Discovery]: 2,
  [CaseStage.SummaryJudgment]: 3,
  [CaseStage.Trial]: 4,
  [CaseStage.Closed]: 5,
  [CaseStage.Appeal]: 6,
};

/** Remand after an appeal: the case goes back to where it was before it closed. */
const REMAND =
  /\bmandate\b[\s\S]{0,300}\b(?:revers|vacat|remand)|\b(?:reversed|vacated),? and (?:the cause (?:is )?)?remanded\b/i;
const AFFIRMED = /\bmandate\b[\s\S]{0,300}\baffirm/i;

/** Text rules, most advanced stage first: the first that matches is the item's signal. */
const TEXT_RULES: readonly [CaseStage, RegExp][] = [
  // Only a notice or petition starts an appeal; entries that merely name one ("re 42 Notice of Appeal") do not.
  [
    CaseStage.Appeal,
    /^\s*(?:\S+\s+){0,3}?(?:notice of (?:interlocutory |cross[- ])?appeal|petition for (?:permission|leave) to appeal)\b/i,
  ],
  [
    CaseStage.Closed,
    /\bcase (?:is )?(?:closed|terminated)\b|\bclos(?:e|ing) (?:the |this )?case\b|\bdismissing (?:the |this )?(?:case|action)\b|\border of (?:dismissal|discontinuance)\b|\baction is (?:dismissed|discontinued)\b|^\s*(?:\S+\s+){0,2}?judgment\b|\bdismissed with prejudice\b|\bstipulation of (?:voluntary )?dismissal\b|\bnotice of (?:voluntary )?dismissal\b|\binterdistrict transfer\b|\bcase transferred (?:electronically|out|to (?:the )?(?:\w+ )*district of)\b/i,
  ],
  [
    CaseStage.Trial,
    /\b(?:jury|bench) trial (?:held|began|begins|commenced|completed)\b|\btrial held\b|\bjury selection (?:held|began|begins|completed)\b|^\s*(?:\S+\s+){0,2}?verdict\b|\bjury verdict\b|\bverdict (?:returned|reached|for|in favou?r)\b|\btrial day \d+\b/i,
  ],
  [CaseStage.SummaryJudgment, /\bsummary judgment\b|\bsummary adjudication\b/i],
  [
    CaseStage.Discovery,
    /\bdiscovery\b|\brule 26\(f\)|\b26\(f\) (?:report|conference)\b|\bmotion to compel\b|\bstipulated protective order\b|\bdeposition\b|\binterrogator/i,
  ],
  [
    CaseStage.MotionToDismiss,
    /\bmotions? to dismiss\b|\bmoved? to dismiss\b|\b12\(b\)\(\d\)|\bjudgment on the pleadings\b/i,
  ],
  [CaseStage.Pleadings, /\bcomplaint\b|\banswer\b|\bsummons\b|\bnotice of removal\b/i],
];

const EVENT_TYPES: Record<string, CaseStage> = {
  complaint: CaseStage.Pleadings,
  amended_complaint: CaseStage.Pleadings,
  motion_to_dismiss: CaseStage.MotionToDismiss,
  trial: CaseStage.Trial,
  settlement: CaseStage.Closed,
  dismissal: CaseStage.Closed,
  judgment: CaseStage.Closed,
  appeal: CaseStage.Appeal,
};

const CLOSED_STATUSES: readonly CaseStatus[] = [
  CaseStatus.Settled,
  CaseStatus.Dismissed,
  CaseStatus.Judgment,
  CaseStatus.Closed,
  CaseStatus.Transferred,
];

/** The stage one line of text signals, or null when it says nothing about the stage. */
export function stageSignal(text: string, entryType?: string): CaseStage | 'remand' | null {
  if (REMAND.test(text)) return 'remand';
  if (AFFIRMED.test(text)) return CaseStage.Closed;
  for (const [stage, pattern] of TEXT_RULES) if (pattern.test(text)) return stage;
  if (entryType === 'judgment') return CaseStage.Closed;
  if (entryType === 'complaint' || entryType === 'amended_complaint' || entryType === 'answer')
    return CaseStage.Pleadings;
  return null;
}

/**
 * What an event's text says, short of closing or appeal: a tracker's summary of a partial ruling
 * ("claims dismissed with prejudice", "judgment reserved") does not close a case; only an event's
 * type (settlement, dismissal, judgment, appeal) does.
 */
function eventTextSignal(text: string): CaseStage | null {
  for (const [stage, pattern] of TEXT_RULES) {
    if (stage !== CaseStage.Closed && stage !== CaseStage.Appeal && pattern.test(text)) return stage;
  }
  return null;
}

interface Signal {
  stage: CaseStage | 'remand';
  date: string;
  order: number;
  source: DerivedStage['source'];
}

/**
 * A case's stage, read from its docket entries and events in date order (entries before events on
 * a day): before judgment, the most advanced stage signalled so far, set by the first item that
 * reached it; a closing (judgment, dismissal, transfer) and a notice of appeal always apply; a
 * mandate that reverses or remands returns the case to where it was before it closed. Last, the
 * case's status can only move it forward (a dismissed or settled case is closed, a case on appeal
 * is on appeal). A case with nothing to read is at the pleadings, set by nothing.
 */
export function deriveStage(
  entries: readonly StageEntryInput[],
  events: readonly StageEventInput[],
  status: CaseStatus,
): DerivedStage {
  const signals: Signal[] = [];
  entries.forEach((entry, i) => {
    const stage = stageSignal(entry.description, entry.entryType);
    if (stage === null) return;
    signals.push({
      stage,
      date: entry.dateFiled,
      order: i,
      source: {
        kind: StageSourceKind.DocketEntry,
        id: entry.id,
        entryNumber: entry.entryNumber,
        date: entry.dateFiled,
        text: entry.description.slice(0, 300),
      },
    });
  });
  events.forEach((event, i) => {
    const stage = EVENT_TYPES[event.type] ?? eventTextSignal(`${event.title} ${event.summary ?? ''}`);
    if (stage === null || event.date === null) return;
    signals.push({
      stage,
      date: event.date,
      order: entries.length + i,
      source: {
        kind: StageSourceKind.Event,
        id: event.id,
        entryNumber: null,
        date: event.date,
        text: event.title.slice(0, 300),
      },
    });
  });
  signals.sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order);

  let derived: DerivedStage = {
    stage: CaseStage.Pleadings,
    source: { kind: StageSourceKind.None, id: null, entryNumber: null, date: null, text: null },
  };
  let reached = -1;
  let beforeClosing: CaseStage = CaseStage.Pleadings;
  const move = (stage: CaseStage, signal: Signal) => {
    derived = { stage, source: signal.source };
    reached = RANK[stage];
  };
  for (const signal of signals) {
    const current = derived.stage;
    const settled = reached >= RANK[CaseStage.Closed];
    if (signal.stage === 'remand') {
      if (settled) move(beforeClosing, signal);
    } else if (signal.stage === CaseStage.Closed) {
      if (current !== CaseStage.Closed || reached < 0) {
        if (!settled) beforeClosing = current;
        move(CaseStage.Closed, signal);
      }
    } else if (signal.stage === CaseStage.Appeal) {
      if (current !== CaseStage.Appeal) {
        if (!settled) beforeClosing = current;
        move(CaseStage.Appeal, signal);
      }
    } else if (!settled && RANK[signal.stage] > reached) {
      // Once closed or on appeal, district-court activity (costs, post-judgment motions) does not reopen it.
      move(signal.stage, signal);
    }
  }
  const byStatus =
    status === CaseStatus.OnAppeal ? CaseStage.Appeal : CLOSED_STATUSES.includes(status) ? CaseStage.Closed : null;
  if (byStatus && RANK[byStatus] > reached) {
    derived = {
      stage: byStatus,
      source: { kind: StageSourceKind.Status, id: null, entryNumber: null, date: null, text: status },
    };
  }
  return derived;
}
