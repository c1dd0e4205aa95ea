export * from './lib/tos-error';
export * from './lib/tos.entities';
export * from './lib/tos.module';
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
export * from './lib/analysis/replay';
export * from './lib/catalog/tos-service.entity';
export * from './lib/catalog/tos-document.entity';
export * from './lib/catalog/tos-catalog.service';
export * from './lib/versions/tos-version-kind';
export * from './lib/versions/tos-version.entity';
export * from './lib/versions/tos-clause.entity';
export * from './lib/versions/tos-change.entity';
export * from './lib/versions/clauses';
export * from './lib/snapshots/tos-snapshot.entity';
export * from './lib/snapshots/tos-ingest.service';
export * from './lib/snapshots/tos-events';
export * from './lib/tracking/tos-source.entity';
export * from './lib/import/snapshot-folder';
export * from './lib/import/lineage';
export * from './lib/import/tos-import.service';
export * from './lib/queries/tos-views';
export * from './lib/queries/tos-query.service';
export * from './lib/queries/view-mappers';
export * from './lib/queries/moments';
export * from './lib/tracking/tos-tracker.service';
export * from './lib/tracking/tos-job-handlers';
export * from './lib/snapshots/submit-snapshot.dto';
export * from './lib/snapshots/tos-snapshots.service';
export * from './lib/queries/tos-query.dto';
export * from './lib/topics/clause-topics';
export * from './lib/evidence/evidence-views';
export { lineageGroups, textClauses, versionsInForce } from './lib/evidence/in-force';
export type { ClauseRow, InForceVersion } from './lib/evidence/in-force';
export * from './lib/evidence/provider-parties';
export { TosTopicsService } from './lib/evidence/tos-topics.service';
export * from './lib/evidence/tos-clause-citations.service';
export * from './lib/evidence/tos-evidence.service';
export * from './lib/evidence/evidence-markdown';
export * from './lib/evidence/evidence-pdf';
