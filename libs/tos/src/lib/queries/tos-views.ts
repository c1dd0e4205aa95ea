import type { ClauseChangeKind, ClauseKind, WordDiffOp } from '../analysis/types';
import type { ChangeCounts, TosVersionKind } from '../versions/tos-version-kind';

export interface TosDocumentName {
  service: string;
  documentType: string;
}

export interface TosDocumentSummaryView extends TosDocumentName {
  id: string;
  /** Path segments for the API: `/api/v1/tos/{serviceSlug}/{slug}`. */
  serviceSlug: string;
  slug: string;
  sourceUrls: string[];
  predecessor: TosDocumentName | null;
  versionCount: number;
  snapshotCount: number;
  /** When the latest version was recorded. */
  lastChangeAt: string | null;
  latestVersionId: string | null;
  latestEffectiveDate: string | null;
  trackedSources: number;
}

export interface TosServiceView {
  name: string;
  slug: string;
  provider: string;
  documents: TosDocumentSummaryView[];
}

export interface TosVersionSummaryView extends TosDocumentName {
  id: string;
  recordedAt: string;
  effectiveDate: string | null;
  kind: TosVersionKind;
  sha256: string;
  sourceUrl: string | null;
  previousVersionId: string | null;
  clauseCount: number;
  changeCounts: ChangeCounts;
}

export interface TosClauseView {
  key: string;
  ordinal: number;
  kind: ClauseKind;
  level: number | null;
  label: string | null;
  headingPath: string[];
  text: string;
}

export interface TosVersionView extends TosVersionSummaryView {
  markdown: string;
  clauses: TosClauseView[];
}

export interface TosClauseChangeView {
  key: string;
  kind: ClauseChangeKind;
  before: TosClauseView | null;
  after: TosClauseView | null;
  wordDiff: WordDiffOp[] | null;
}

export interface TosDiffView {
  /** Null when `to` is the first version of a lineage: every clause is added. */
  from: TosVersionSummaryView | null;
  to: TosVersionSummaryView;
  changeCounts: ChangeCounts;
  changes: TosClauseChangeView[];
}

export interface TosClauseHistoryEntry {
  version: TosVersionSummaryView;
  /** How the clause changed in this version; null when it stayed as it was. */
  change: ClauseChangeKind | null;
  /** The clause in this version; null once removed. */
  clause: TosClauseView | null;
  wordDiff: WordDiffOp[] | null;
}

export interface TosClauseHistoryView extends TosDocumentName {
  key: string;
  /** The documents followed, oldest first: the document and those it continues. */
  lineage: TosDocumentName[];
  entries: TosClauseHistoryEntry[];
}
