// What the pages read from the API's answers (a subset of each response in the OpenAPI document).

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface CaseRef {
  id: string;
  slug: string;
  shortName: string | null;
}

export interface CaseSummary {
  id: string;
  slug: string;
  caption: string;
  shortName: string | null;
  court: { id: string; name: string };
  docketNumber: string | null;
  filedOn: string | null;
  terminatedOn: string | null;
  status: string;
  parties: { name: string; role: string }[];
}

export interface CaseEvent {
  id: string;
  date: string | null;
  dateNote: string | null;
  type: string;
  title: string;
  summary: string | null;
  sourceUrl: string | null;
}

export interface CaseRelation {
  type: string;
  direction: 'incoming' | 'outgoing';
  case: CaseRef;
  note: string | null;
  sourceUrl: string | null;
}

export interface CaseDetail extends CaseSummary {
  docketNumberAsWritten: string | null;
  statusNote: string | null;
  natureOfSuit: string | null;
  claims: string[];
  judges: { name: string; role: string; title: string | null }[];
  relations: CaseRelation[];
  events: CaseEvent[];
  sources: { url: string; title: string | null }[];
  courtListenerUrl: string | null;
}

export type RelatedReason =
  | { kind: 'relation'; type: string; direction: 'outgoing' | 'incoming'; note: string | null }
  | { kind: 'mdl_sibling'; mdl: CaseRef }
  | { kind: 'shared_party'; group: string; organisation: boolean }
  | { kind: 'shared_judge'; judge: string }
  | { kind: 'cites' | 'cited_by'; count: number; keys: string[] };

export interface RelatedCases {
  case: CaseRef;
  related: { case: CaseRef & { caption: string; courtId: string; status: string }; reasons: RelatedReason[] }[];
}

export interface DocketEntry {
  id: string;
  entryNumber: number | null;
  dateFiled: string;
  entryType: string;
  description: string;
  shortDescription: string | null;
  pageCount: number | null;
}

export interface DocumentView {
  id: string;
  status: string;
  failure: string | null;
  originalFileName: string | null;
  case: (CaseRef & { matchedBy?: string }) | null;
  court: string | null;
  docketNumber: string | null;
  documentType: string | null;
  entryNumber: number | null;
  ecfNumber: number | null;
  filedOn: string | null;
  title: string | null;
  pageCount: number | null;
  unreadablePages: number[];
}

export interface DocumentPageText {
  documentId: string;
  number: number;
  pageCount: number;
  text: string;
}

export interface DocumentCitation {
  id: string;
  type: string;
  key: string;
  page: number | null;
  matchedText: string;
  resolvedCase: CaseRef | null;
  resolvedTosClause: { service?: string; documentType?: string; key?: string; clauseKey?: string } | null;
}

export interface SearchHit {
  id: string;
  kind: string;
  documentId: string | null;
  documentTitle: string | null;
  page: number | null;
  caseSlug: string | null;
  caseName: string | null;
  court: string | null;
  documentType: string | null;
  filedAt: number | null;
  service: string | null;
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: Record<string, Record<string, number>>;
  correctedQuery: string | null;
  nextCursor: string | null;
}

export interface TimelineItem {
  id: string;
  date: string | null;
  caseSlug: string;
  caseName: string;
  type: string;
  title: string;
  summary: string | null;
  documentId: string | null;
  sourceUrl: string | null;
}

export interface TosDocumentSummary {
  id: string;
  service: string;
  serviceSlug: string;
  documentType: string;
  slug: string;
  versionCount: number;
  lastChangeAt: string | null;
  latestEffectiveDate: string | null;
}

export interface TosService {
  name: string;
  slug: string;
  provider: string | null;
  documents: TosDocumentSummary[];
}

export interface ChangeCounts {
  added: number;
  removed: number;
  modified: number;
  moved: number;
}

export interface TosVersion {
  id: string;
  service: string;
  documentType: string;
  recordedAt: string;
  effectiveDate: string | null;
  kind: string;
  sourceUrl: string | null;
  previousVersionId: string | null;
  clauseCount: number;
  changeCounts: ChangeCounts | null;
}

export interface TosClause {
  key: string;
  ordinal: number;
  kind: string;
  level: number | null;
  label: string | null;
  headingPath: string[];
  text: string;
}

export interface TosVersionWithClauses extends TosVersion {
  clauses: TosClause[];
}

export interface WordDiffPart {
  op: 'insert' | 'delete' | 'equal';
  text: string;
}

export interface TosChange {
  key: string;
  kind: 'added' | 'removed' | 'modified' | 'moved';
  before: (Partial<TosClause> & { ordinal?: number }) | null;
  after: (Partial<TosClause> & { ordinal?: number }) | null;
  wordDiff: WordDiffPart[] | null;
}

export interface TosDiff {
  from: TosVersion;
  to: TosVersion;
  changeCounts: ChangeCounts;
  changes: TosChange[];
}

export interface ClauseHistory {
  key: string;
  service: string;
  documentType: string;
  entries: {
    version: TosVersion;
    change: string;
    clause: Partial<TosClause> | null;
    wordDiff: WordDiffPart[] | null;
  }[];
}

export interface Subscription {
  id: string;
  status: string;
  statusReason: string | null;
  target: Record<string, unknown> & { type: string };
  channel: Record<string, unknown> & { type: string };
  frequency: string;
  note: string | null;
  feedUrl: string;
  createdAt: string;
}

export interface CreatedSubscription extends Subscription {
  secret: string | null;
  feedToken: string;
}

export interface DeliveryAttempt {
  number: number;
  startedAt: string;
  outcome: string | null;
  statusCode: number | null;
  durationMs: number | null;
  error: string | null;
}

export interface Delivery {
  id: string;
  kind: string;
  type: string;
  status: string;
  attemptCount: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  lastError: string | null;
  createdAt: string;
  attempts: DeliveryAttempt[];
}
