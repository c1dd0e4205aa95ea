import type { ClauseTopic } from '../topics/clause-topics';
import type { TosClauseChangeView } from '../queries/tos-views';

export interface VersionRef {
  id: string;
  service: string;
  documentType: string;
  recordedAt: string;
  effectiveDate: string | null;
  sha256: string;
  sourceUrl: string | null;
}

export interface CaseRefView {
  id: string;
  slug: string;
  shortName: string;
  /** The provider's names among the case's parties, with their roles. */
  parties: { name: string; role: string }[];
}

export interface TopicClauseView {
  service: string;
  documentType: string;
  clauseKey: string;
  label: string | null;
  text: string;
  topics: ClauseTopic[];
  /** The version in force on the date. */
  version: VersionRef;
  /** The earliest version of the lineage from which the clause has carried the topic without a break. */
  since: VersionRef;
}

export interface TopicProviderView {
  provider: string;
  clauses: TopicClauseView[];
  cases: CaseRefView[];
}

export interface TopicReportView {
  topic: ClauseTopic;
  asOf: string;
  providers: TopicProviderView[];
}

export interface QuotingFilingView {
  citationId: string;
  document: { id: string; title: string | null; filedOn: string | null; documentType: string | null };
  case: { id: string; slug: string; shortName: string } | null;
  page: number | null;
  span: { start: number; end: number };
  matchedText: string;
  score: number | null;
  clauseKey: string;
  version: { id: string; service: string; documentType: string; recordedAt: string };
}

export interface ClauseCitationsView {
  service: string;
  documentType: string;
  clauseKey: string;
  count: number;
  items: QuotingFilingView[];
}

export interface EvidenceClauseView {
  key: string;
  label: string | null;
  topics: ClauseTopic[];
  text: string;
}

export interface EvidenceDocumentView {
  service: string;
  documentType: string;
  /** The versions in force across the period: the one in force at its start, then each later one. */
  versions: (VersionRef & { clauses: EvidenceClauseView[] })[];
  /** Clause changes on the topics between the first and the last of those versions, with word diffs. */
  changes: TosClauseChangeView[];
  /** The case's filings quoting this document's clauses. */
  quotedBy: QuotingFilingView[];
}

export interface EvidenceProviderView {
  provider: string;
  parties: { name: string; role: string }[];
  documents: EvidenceDocumentView[];
}

export interface EvidencePackView {
  case: { id: string; slug: string; shortName: string; caption: string };
  from: string;
  to: string;
  generatedAt: string;
  topics: ClauseTopic[];
  providers: EvidenceProviderView[];
}
