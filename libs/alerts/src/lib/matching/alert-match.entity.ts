import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DomainEvent } from '@casetrail/events';
import { AlertSubscription } from '../subscriptions/subscription.entity';

/**
 * One event matched one subscription: at most once, by the unique key. A realtime subscription's
 * match points at its delivery at once; a digest subscription's waits for the period's digest.
 */
@Entity({ name: 'alert_matches' })
@Index('alert_matches_unique', ['subscriptionId', 'eventId'], { unique: true })
@Index('alert_matches_pending_digest', ['subscriptionId', 'eventId'], { where: '"delivery_id" IS NULL' })
export class AlertMatch {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  subscriptionId!: string;

  @Column({ type: 'bigint' })
  eventId!: string;

  @Column({ type: 'uuid', nullable: true })
  deliveryId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  matchedAt!: Date;

  @ManyToOne(() => AlertSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: AlertSubscription;

  @ManyToOne(() => DomainEvent, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: DomainEvent;
}
