import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum FeedPollStatus {
  Imported = 'imported',
  NotModified = 'not_modified',
  Failed = 'failed',
}

/** A court RSS feed the poller follows, with what the last poll learned (validators for conditional GET). */
@Entity({ name: 'pacer_feeds' })
export class PacerFeed {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('pacer_feeds_url_unique', { unique: true })
  @Column({ type: 'text' })
  url!: string;

  @Column({ type: 'text' })
  court!: string;

  @Column({ type: 'text', nullable: true })
  etag!: string | null;

  @Column({ type: 'text', nullable: true })
  lastModified!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastPolledAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSuccessAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastStatus!: FeedPollStatus | null;

  /** `code: message` of the last failure; cleared by the next success. */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'integer', default: 0 })
  consecutiveFailures!: number;

  /** Counts of the last import (items, entries created/updated/unchanged, events). */
  @Column({ type: 'jsonb', nullable: true })
  lastResult!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
