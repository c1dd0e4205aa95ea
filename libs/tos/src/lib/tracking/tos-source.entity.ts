import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TosDocument } from '../catalog/tos-document.entity';

export enum TosSourceStatus {
  Stored = 'stored',
  Skipped = 'skipped',
  NotModified = 'not-modified',
  Failed = 'failed',
}

/** A URL the worker fetches on an interval; each fetch's result is recorded here, failures included. */
@Entity({ name: 'tos_sources' })
@Index('tos_sources_document_url_unique', ['documentId', 'url'], { unique: true })
export class TosSource {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  documentId!: string;

  @ManyToOne('TosDocument', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: TosDocument;

  @Column({ type: 'text' })
  url!: string;

  /** Null: the configured default (CASETRAIL_TOS_POLL_INTERVAL_SECONDS, 12 hours). */
  @Column({ type: 'integer', nullable: true })
  intervalSeconds!: number | null;

  @Index('tos_sources_next_check')
  @Column({ type: 'timestamptz' })
  nextCheckAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastCheckedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastStatus!: TosSourceStatus | null;

  /** What the last fetch found or why it failed. */
  @Column({ type: 'text', nullable: true })
  lastMessage!: string | null;

  @Column({ type: 'integer', nullable: true })
  lastHttpStatus!: number | null;

  @Column({ type: 'integer', default: 0 })
  consecutiveFailures!: number;

  /** Validators of the last answer, sent back for a conditional GET. */
  @Column({ type: 'text', nullable: true })
  etag!: string | null;

  @Column({ type: 'text', nullable: true })
  lastModified!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
