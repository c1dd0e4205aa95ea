export type Significance = 'key_ruling' | 'major_filing' | 'routine';

export interface TimelineItem {
  /** Stable id, e.g. 'entry:<uuid>' or 'event:<uuid>'. */
  id: string;
  /** ISO calendar date, yyyy-mm-dd. */
  date: string;
  caseSlug: string;
  caseName: string;
  court: string | null;
  docketNumber: string | null;
  /** complaint, motion, order, opinion, ruling, event, tos_change, ... */
  type: string;
  title: string;
  summary: string | null;
  entryNumber: string | null;
  documentId: string | null;
  sourceUrl: string | null;
  significance: Significance;
  /** For hearings and deadlines (type `hearing` / `deadline`): what a calendar needs beyond the day. */
  hearing?: TimelineHearing;
}

export interface TimelineHearing {
  /** `scheduled`, `rescheduled`, `vacated`, `held`. */
  status: string;
  /** HH:MM court-local time, when known. */
  time: string | null;
  /** The court's IANA zone; null keeps the time floating. */
  timeZone: string | null;
  /** Bumped on each reset: the ICS SEQUENCE. */
  sequence: number;
}

export interface TimelineCaseRef {
  slug: string;
  name: string;
  court: string | null;
  docketNumber: string | null;
}

export interface TimelineMeta {
  title: string;
  /** ISO timestamp of the export. */
  generatedAt: string;
  cases: TimelineCaseRef[];
  filters?: Record<string, string>;
}
