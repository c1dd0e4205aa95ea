import { DocketEntry } from '../docket/docket-entry.entity';
import type { CaseHearing } from './case-hearing.entity';
import type { HearingKind, HearingStatus } from './hearing-kinds';

/** The docket entry a hearing fact comes from. */
export interface HearingSourceView {
  entryId: string;
  entryNumber: number | null;
  /** ISO date the entry was filed. */
  dateFiled: string | null;
  description: string | null;
}

export interface HearingView {
  /** Stable across resets: the same hearing keeps its id. */
  id: string;
  kind: HearingKind;
  /** `motion_hearing`, `case_management_conference`, `final_approval_hearing`, `trial`, `response_deadline`, … */
  what: string;
  label: string;
  status: HearingStatus;
  /** Court-local date (ISO). */
  date: string | null;
  /** Court-local HH:MM, when the entry gives one. */
  time: string | null;
  /** The court's IANA time zone when known; null means the time is local to the court, offset unknown. */
  timeZone: string | null;
  /** Changes since it was first set (resets, vacatur, held). */
  sequence: number;
  setBy: HearingSourceView;
  lastChangedBy: HearingSourceView;
  history: {
    action: string;
    entryId: string;
    on: string;
    date: string | null;
    time: string | null;
    status: HearingStatus;
    note?: string;
  }[];
}

/** A case's hearings and deadlines, in date order. */
export interface HearingList {
  items: HearingView[];
}

export function toHearingView(row: CaseHearing, entries: Map<string, DocketEntry>): HearingView {
  const source = (id: string): HearingSourceView => {
    const entry = entries.get(id);
    return {
      entryId: id,
      entryNumber: entry?.entryNumber ?? null,
      dateFiled: entry?.dateFiled ?? null,
      description: entry ? entry.description || entry.shortDescription : null,
    };
  };
  return {
    id: row.id,
    kind: row.kind,
    what: row.what,
    label: row.label,
    status: row.status,
    date: row.date,
    time: row.time,
    timeZone: row.timeZone,
    sequence: row.sequence,
    setBy: source(row.setByEntryId),
    lastChangedBy: source(row.lastChangedByEntryId),
    history: row.history.map(({ action, entryId, on, date, time, status, note }) => ({
      action,
      entryId,
      on,
      date,
      time,
      status,
      ...(note ? { note } : {}),
    })),
  };
}
