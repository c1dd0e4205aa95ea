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
