import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TosDocument } from '../catalog/tos-document.entity';

export enum SnapshotOutcome {
  /** Became a version. */
  Stored = 'stored',
  Noise = 'noise',
  ErrorPage = 'error-page',
  NoClauseChange = 'no-clause-change',
  Empty = 'empty',
}

export enum SnapshotOrigin {
  Import = 'import',
  Api = 'api',
  Tracker = 'tracker',
}

/**
 * Every snapshot received, kept as a fingerprint only (its text is stored when it becomes a
 * version): what makes imports idempotent, keeps skipped snapshots counted, and gives the next
 * snapshot its noise baseline.
 */
@Entity({ name: 'tos_snapshots' })
@Index('tos_snapshots_document_sequence_unique', ['documentId', 'sequence'], { unique: true })
@Index('tos_snapshots_natural_key', ['documentId', 'recordedAt', 'sha256'], { unique: true })
export class TosSnapshot {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  documentId!: string;

  @ManyToOne('TosDocument', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: TosDocument;

  /** 1, 2, 3… per document, in the order snapshots were taken; two can share a recording time. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ type: 'text' })
  origin!: SnapshotOrigin;

  @Column({ type: 'text' })
  outcome!: SnapshotOutcome;

  /** Which kind of noise, for a skipped snapshot. */
  @Column({ type: 'text', nullable: true })
  detail!: string | null;

  @Column({ type: 'uuid', nullable: true })
  versionId!: string | null;

  /** SHA-256 of the snapshot as received (Markdown, or HTML converted to Markdown). */
  @Column({ type: 'text' })
  sha256!: string;

  /** SHA-256 of the text after each noise stage: the baseline the next snapshot is compared with. */
  @Column({ type: 'text', array: true })
  stageHashes!: string[];

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
