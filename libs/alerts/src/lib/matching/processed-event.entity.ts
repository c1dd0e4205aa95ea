import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An event the matcher has finished with, written in the matching transaction. Its primary key is
 * also the matcher's mutual exclusion: a second matcher of the same event waits, then skips it.
 */
@Entity({ name: 'alert_processed_events' })
export class AlertProcessedEvent {
  @PrimaryColumn({ type: 'bigint' })
  eventId!: string;

  @Column({ type: 'integer' })
  matches!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  processedAt!: Date;
}

/**
 * A consumer's low-water mark in the event log: every event at or below it was processed, so the
 * sweep that recovers lost match jobs only looks above it.
 */
@Entity({ name: 'alert_consumer_positions' })
export class AlertConsumerPosition {
  @PrimaryColumn({ type: 'text' })
  consumer!: string;

  @Column({ type: 'bigint' })
  position!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
