export { TosError, TosErrorCode } from './lib/tos-error';
export { TOS_ENTITIES } from './lib/tos.entities';
export { TosModule } from './lib/tos.module';
export type {
  Clause,
  ClauseChange,
  ClauseChangeKind,
  ClauseKind,
  KeyedClause,
  NoiseVerdict,
  SnapshotFormat,
  WordDiffOp,
} from './lib/analysis/types';
export { normalizeSnapshot } from './lib/analysis/normalize';
export { compareForNoise, noiseFingerprint } from './lib/analysis/noise';
export { segmentClauses, type SegmentOptions } from './lib/analysis/segment';
export { assignClauseKeys, mintClauseKey, type KeyAssignmentOptions } from './lib/analysis/keys';
export { diffVersions, wordDiff } from './lib/analysis/diff';
export { parseEffectiveDate } from './lib/analysis/dates';
export { canonicalUrl, stripTrackingParams } from './lib/analysis/urls';
export { inlineToPlain } from './lib/analysis/text';
export { assertRecordedAt, EMPTY_REPLAY_STATE, replayHistory, replayStep } from './lib/analysis/replay';
export type {
  AnalysedVersion,
  KeptVersion,
  RecordedVersion,
  ReplayResult,
  ReplayState,
  SkippedVersion,
  SkipReason,
  SnapshotFingerprint,
  StepResult,
} from './lib/analysis/replay';
export { TosService } from './lib/catalog/tos-service.entity';
export { TosDocument } from './lib/catalog/tos-document.entity';
export { TosCatalogService } from './lib/catalog/tos-catalog.service';
export type { DocumentRef } from './lib/catalog/tos-catalog.service';
export { TOS_VERSION_KINDS, TosVersionKind } from './lib/versions/tos-version-kind';
export type { ChangeCounts } from './lib/versions/tos-version-kind';
export { TosVersion } from './lib/versions/tos-version.entity';
export { TosClause } from './lib/versions/tos-clause.entity';
export { TosChange } from './lib/versions/tos-change.entity';
export { countChanges, loadKeyedClauses, toKeyedClause } from './lib/versions/clauses';
export { SnapshotOrigin, SnapshotOutcome, TosSnapshot } from './lib/snapshots/tos-snapshot.entity';
export { TosIngestService } from './lib/snapshots/tos-ingest.service';
export type { IngestedSnapshot, IngestOutcome, IngestReport, SnapshotInput } from './lib/snapshots/tos-ingest.service';
export { versionEvents } from './lib/snapshots/tos-events';
export type {
  NewVersionFacts,
  TosClauseChangedEventPayload,
  TosVersionCreatedEventPayload,
} from './lib/snapshots/tos-events';
export { TosSource, TosSourceStatus } from './lib/tracking/tos-source.entity';
export { readSnapshotFolder, recordedAtOfFile } from './lib/import/snapshot-folder';
export type { FolderDocument, FolderSnapshot } from './lib/import/snapshot-folder';
export { inferLineage, KNOWN_CONTINUATIONS, predecessorsFirst, sameSourceUrl } from './lib/import/lineage';
export type { Continuation } from './lib/import/lineage';
export { TosImportService } from './lib/import/tos-import.service';
export type { DocumentImport, ImportOptions, ImportSummary } from './lib/import/tos-import.service';
export type {
  TosClauseChangeView,
  TosClauseHistoryEntry,
  TosClauseHistoryView,
  TosClauseView,
  TosDiffView,
  TosDocumentName,
  TosDocumentSummaryView,
  TosServiceView,
  TosVersionSummaryView,
  TosVersionView,
} from './lib/queries/tos-views';
export { TosQueryService } from './lib/queries/tos-query.service';
export { changeView, clauseView, summaryView } from './lib/queries/view-mappers';
export { parseMoment } from './lib/queries/moments';
export { TosTrackerService } from './lib/tracking/tos-tracker.service';
export type { SourceCheck, TosSourceView, TrackRequest } from './lib/tracking/tos-tracker.service';
export { TOS_CHECK_SCHEDULE, TosJobHandlers } from './lib/tracking/tos-job-handlers';
export { SNAPSHOT_FORMATS, SubmitSnapshotBody } from './lib/snapshots/submit-snapshot.dto';
export { detectFormat, TosSnapshotsService } from './lib/snapshots/tos-snapshots.service';
export type { SnapshotResultView } from './lib/snapshots/tos-snapshots.service';
export { TosAsOfQuery, TosClauseHistoryQuery, TosDiffQuery } from './lib/queries/tos-query.dto';
export {
  classifyClause,
  CLAUSE_TOPICS,
  ClauseTopic,
  isClauseTopic,
  TOPIC_RULES,
  topicText,
} from './lib/topics/clause-topics';
export type {
  CaseRefView,
  ClauseCitationsView,
  EvidenceClauseView,
  EvidenceDocumentView,
  EvidencePackView,
  EvidenceProviderView,
  QuotingFilingView,
  TopicClauseView,
  TopicProviderView,
  TopicReportView,
  VersionRef,
} from './lib/evidence/evidence-views';
export { lineageGroups } from './lib/evidence/in-force';
export { textClauses, versionsInForce } from './lib/evidence/tos-evidence.repository';
export type { ClauseRow, InForceVersion } from './lib/evidence/tos-evidence.repository';
export { caseParties, providerPartyKeys } from './lib/evidence/provider-parties';
export type { CaseParty } from './lib/evidence/provider-parties';
export { TosTopicsService } from './lib/evidence/tos-topics.service';
export { TosClauseCitationsService } from './lib/evidence/tos-clause-citations.service';
export { TosEvidenceService } from './lib/evidence/tos-evidence.service';
export type { EvidenceQuery } from './lib/evidence/tos-evidence.service';
export { diffMarkdown, evidenceMarkdown } from './lib/evidence/evidence-markdown';
export { evidencePdf } from './lib/evidence/evidence-pdf';
