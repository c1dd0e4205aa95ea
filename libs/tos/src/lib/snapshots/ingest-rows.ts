import type { NewDomainEvent } from '@casetrail/events';
import type { ClauseChange, KeyedClause } from '../analysis/types';
import { TosChange } from '../versions/tos-change.entity';
import { TosClause } from '../versions/tos-clause.entity';
import { TosVersion } from '../versions/tos-version.entity';
import { BulkColumn } from './tos-ingest.repository';
import { TosSnapshot } from './tos-snapshot.entity';

/** Rows of the tables an ingestion writes, as plain objects, and how each maps to its columns. */
type Row<T> = Omit<T, 'createdAt' | 'id' | 'document' | 'version' | 'toVersion'>;
export type VersionRow = Row<TosVersion> & { id: string };
export type SnapshotRow = Row<TosSnapshot>;
export type ClauseRow = Row<TosClause>;
export type ChangeRow = Row<TosChange>;

export interface PendingRows {
  snapshots: SnapshotRow[];
  versions: VersionRow[];
  clauses: ClauseRow[];
  changes: ChangeRow[];
  events: NewDomainEvent[];
}

export const VERSION_COLUMNS: BulkColumn<VersionRow>[] = [
  { name: 'id', type: 'uuid', value: (r) => r.id },
  { name: 'document_id', type: 'uuid', value: (r) => r.documentId },
  { name: 'sequence', type: 'integer', value: (r) => r.sequence },
  { name: 'recorded_at', type: 'timestamptz', value: (r) => r.recordedAt },
  { name: 'effective_date', type: 'date', value: (r) => r.effectiveDate },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'markdown', type: 'text', value: (r) => r.markdown },
  { name: 'sha256', type: 'text', value: (r) => r.sha256 },
  { name: 'source_url', type: 'text', value: (r) => r.sourceUrl },
  { name: 'previous_version_id', type: 'uuid', value: (r) => r.previousVersionId },
  { name: 'clause_count', type: 'integer', value: (r) => r.clauseCount },
  { name: 'change_counts', type: 'jsonb', value: (r) => r.changeCounts },
];
export const CLAUSE_COLUMNS: BulkColumn<ClauseRow>[] = [
  { name: 'version_id', type: 'uuid', value: (r) => r.versionId },
  { name: 'key', type: 'text', value: (r) => r.key },
  { name: 'ordinal', type: 'integer', value: (r) => r.ordinal },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'level', type: 'smallint', value: (r) => r.level },
  { name: 'label', type: 'text', value: (r) => r.label },
  { name: 'heading_path', type: 'text[]', value: (r) => r.headingPath },
  { name: 'text', type: 'text', value: (r) => r.text },
];
export const CHANGE_COLUMNS: BulkColumn<ChangeRow>[] = [
  { name: 'to_version_id', type: 'uuid', value: (r) => r.toVersionId },
  { name: 'clause_key', type: 'text', value: (r) => r.clauseKey },
  { name: 'from_version_id', type: 'uuid', value: (r) => r.fromVersionId },
  { name: 'kind', type: 'text', value: (r) => r.kind },
  { name: 'ordinal', type: 'integer', value: (r) => r.ordinal },
  { name: 'word_diff', type: 'jsonb', value: (r) => r.wordDiff },
];
export const SNAPSHOT_COLUMNS: BulkColumn<SnapshotRow>[] = [
  { name: 'document_id', type: 'uuid', value: (r) => r.documentId },
  { name: 'sequence', type: 'integer', value: (r) => r.sequence },
  { name: 'recorded_at', type: 'timestamptz', value: (r) => r.recordedAt },
  { name: 'origin', type: 'text', value: (r) => r.origin },
  { name: 'outcome', type: 'text', value: (r) => r.outcome },
  { name: 'detail', type: 'text', value: (r) => r.detail },
  { name: 'version_id', type: 'uuid', value: (r) => r.versionId },
  { name: 'sha256', type: 'text', value: (r) => r.sha256 },
  { name: 'stage_hashes', type: 'text[]', value: (r) => r.stageHashes },
  { name: 'source_url', type: 'text', value: (r) => r.sourceUrl },
];

export function clauseRow(versionId: string, c: KeyedClause): ClauseRow {
  return {
    versionId,
    key: c.key,
    ordinal: c.ordinal,
    kind: c.kind,
    level: c.level,
    label: c.label,
    headingPath: c.headingPath,
    text: c.text,
  };
}

export function changeRow(
  fromVersionId: string | null,
  toVersionId: string,
  c: ClauseChange,
  ordinal: number,
): ChangeRow {
  return { toVersionId, clauseKey: c.key, fromVersionId, kind: c.kind, ordinal, wordDiff: c.wordDiff ?? null };
}
