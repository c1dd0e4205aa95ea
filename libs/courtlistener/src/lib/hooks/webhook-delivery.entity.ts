import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A CourtListener webhook received, by its `Idempotency-Key`: a repeat of a known key triggers nothing. */
@Entity({ name: 'courtlistener_webhooks' })
export class CourtListenerWebhook {
  @PrimaryColumn({ type: 'text' })
  idempotencyKey!: string;

  /** CourtListener's `webhook.event_type` (1 docket alert, 2 search alert, …). */
  @Column({ type: 'integer', nullable: true })
  eventType!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  docketIds!: string[];

  /** Syncs queued (dockets that are followed). */
  @Column({ type: 'integer', default: 0 })
  syncsQueued!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt!: Date;
}
