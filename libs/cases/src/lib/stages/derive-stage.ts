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

/** Text rules, most advanced stage first: the first that matches is the item's signal. */
const TEXT_RULES: readonly [CaseStage, RegExp][] = [
  [
    CaseStage.Appeal,
    /\bnotice of (?:interlocutory )?appeal\b|\bappeal to (?:the )?(?:u\.?s\.?c\.?a|united states court of appeals|(?:\w+ )?circuit)\b|\bpetition for permission to appeal\b|\binterlocutory appeal\b|\bappeal(?:ed)? to the (?:\w+ )?circuit/i,
  ],
  [
    CaseStage.Closed,
    /\bcase (?:is )?(?:closed|terminated)\b|\bclosing (?:the |this )?case\b|\bclerk'?s judgment\b|\bfinal judgment\b|\bdismissed with prejudice\b|\bstipulation of (?:voluntary )?dismissal\b|\bnotice of (?:voluntary )?dismissal\b|\bsettlement (?:agreement )?(?:approved|reached)\b|\bfinal approval of (?:the )?(?:class )?settlement\b/i,
  ],
  [
    CaseStage.Trial,
    /\b(?:jury|bench) trial (?:held|began|begins|commenced|completed)\b|\btrial held\b|\bjury (?:selection|verdict)\b|\bverdict\b|\btrial day \d+\b|\bpretrial conference held\b/i,
  ],
  [CaseStage.SummaryJudgment, /\bsummary judgment\b|\bsummary adjudication\b/i],
  [
    CaseStage.Discovery,
    /\bdiscovery\b|\bscheduling order\b|\brule 26\(f\)|\b26\(f\) (?:report|conference)\b|\bmotion to compel\b|\bprotective order\b|\bdeposition\b|\binterrogator/i,
  ],
  [
    CaseStage.MotionToDismiss,
    /\bmotion to dismiss\b|\bmoved? to dismiss\b|\b12\(b\)\(\d\)|\bjudgment on the pleadings\b/i,
  ],
  [CaseStage.Pleadings, /\bcomplaint\b|\banswer\b|\bsummons\b/i],
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
export function stageSignal(text: string, entryType?: string): CaseStage | null {
  for (const [stage, pattern] of TEXT_RULES) if (pattern.test(text)) return stage;
  if (entryType === 'judgment') return CaseStage.Closed;
  if (entryType === 'complaint' || entryType === 'amended_complaint' || entryType === 'answer')
    return CaseStage.Pleadings;
  return null;
}

interface Signal {
  stage: CaseStage;
  date: string;
  order: number;
  source: DerivedStage['source'];
}

/**
 * A case's stage: the most advanced stage any of its docket entries or events signals, set by the
 * first item (in date order, docket entries before events on a day) that reached it; then the
 * case's status, which can only move it forward (a dismissed or settled case is closed, a case on
 * appeal is on appeal). A case with nothing to read is at the pleadings, set by nothing.
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
    const stage = EVENT_TYPES[event.type] ?? stageSignal(`${event.title} ${event.summary ?? ''}`);
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
  for (const signal of signals) {
    if (RANK[signal.stage] > reached) {
      reached = RANK[signal.stage];
      derived = { stage: signal.stage, source: signal.source };
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
