import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ChangeCounts, TosVersionKind } from '../versions/tos-version-kind';

export enum TosEventType {
  VersionRecorded = 'tos.version_recorded',
}

export interface VersionRecordedPayload {
  service: string;
  provider: string;
  documentType: string;
  versionId: string;
  previousVersionId: string | null;
  recordedAt: string;
  effectiveDate: string | null;
  kind: TosVersionKind;
  changeCounts: ChangeCounts;
  /** Keys of the clauses added, removed, modified or moved (at most 1,000). */
  changedClauseKeys: string[];
}

/**
 * Append-only stream of terms-of-service facts for alerts to match: rows are inserted with the
 * version they describe, in the same transaction, and never updated. `id` orders the stream.
 */
@Entity({ name: 'tos_events' })
@Index('tos_events_document', ['documentId', 'id'])
export class TosEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'text' })
  type!: TosEventType;

  @Column({ type: 'uuid' })
  documentId!: string;

  @Column({ type: 'uuid', nullable: true })
  versionId!: string | null;

  @Column({ type: 'jsonb' })
  payload!: VersionRecordedPayload;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
