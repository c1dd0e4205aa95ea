import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { ChannelType } from '../subscriptions/subscription-enums';
import type { AlertDeliveryAttempt } from './delivery-attempt.entity';
import { DeliveryKind, DeliveryStatus } from './delivery-enums';

/**
 * One message owed to a subscription: written in the transaction that records the match, then
 * sent (in sequence order per subscription) until it succeeds or the retry schedule is spent.
 * Its id is the webhook's `id` and `Idempotency-Key`.
 */
@Entity({ name: 'alert_deliveries' })
@Index('alert_deliveries_sequence', ['subscriptionId', 'sequence'], { unique: true })
@Index('alert_deliveries_event', ['subscriptionId', 'eventId'], { unique: true, where: '"event_id" IS NOT NULL' })
@Index('alert_deliveries_period', ['subscriptionId', 'periodStart'], {
  unique: true,
  where: '"period_start" IS NOT NULL',
})
@Index('alert_deliveries_due', ['nextAttemptAt'], { where: `"status" = 'pending'` })
export class AlertDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  subscriptionId!: string;

  @Column({ type: 'text' })
  kind!: DeliveryKind;

  /** The webhook `type`: an event type, `digest.daily`, `digest.weekly` or `subscription.test`. */
  @Column({ type: 'text' })
  type!: string;

  @Column({ type: 'bigint', nullable: true })
  eventId!: string | null;

  @Column({ type: 'bigint' })
  sequence!: string;

  /** The webhook body's `data`, frozen at creation so that every attempt and replay sends the same. */
  @Column({ type: 'jsonb' })
  data!: Record<string, unknown>;

  @Column({ type: 'text' })
  channel!: ChannelType;

  @Column({ type: 'text', default: DeliveryStatus.Pending })
  status!: DeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attemptCount!: number;

  /** Failed attempts since creation or the last replay: the position in the retry schedule. */
  @Column({ type: 'integer', default: 0 })
  retryStep!: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  failedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  periodStart!: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  periodEnd!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => AlertSubscription, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: AlertSubscription;

  @OneToMany('AlertDeliveryAttempt', 'delivery')
  attempts?: AlertDeliveryAttempt[];
}
