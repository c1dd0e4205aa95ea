import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AlertDelivery } from './delivery.entity';
import { AttemptOutcome } from './delivery-enums';

/** One try at sending a delivery: written when it starts, completed with its outcome. */
@Entity({ name: 'alert_delivery_attempts' })
@Index('alert_delivery_attempts_number', ['deliveryId', 'number'], { unique: true })
export class AlertDeliveryAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'uuid' })
  deliveryId!: string;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  /** Null while the attempt runs (or when its worker died during it). */
  @Column({ type: 'text', nullable: true })
  outcome!: AttemptOutcome | null;

  @Column({ type: 'integer', nullable: true })
  statusCode!: number | null;

  @Column({ type: 'integer', nullable: true })
  durationMs!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @ManyToOne('AlertDelivery', 'attempts', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: AlertDelivery;
}
