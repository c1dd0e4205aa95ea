import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ChannelType, Frequency, SubscriptionStatus, TargetType } from './subscription-enums';

/** The target as the user gave it, with what it resolved to (for display and the feed title). */
export interface StoredTarget {
  type: TargetType;
  [field: string]: unknown;
}

/**
 * A saved interest and where to send what matches it. Matching reads only columns: a structured
 * target is `(target_type, target_key)`; a search target is a compiled tsquery, the lexemes that
 * any matching text must contain (`anchor_lexemes`, GIN-indexed) and structured filter columns.
 */
@Entity({ name: 'alert_subscriptions' })
@Index('alert_subscriptions_target', ['targetType', 'targetKey'], { where: `"status" <> 'paused'` })
@Index('alert_subscriptions_anchors', { synchronize: false })
@Index('alert_subscriptions_owner', ['ownerKeyId', 'createdAt'])
@Index('alert_subscriptions_next_digest', ['nextDigestAt'], { where: `"frequency" <> 'realtime'` })
export class AlertSubscription {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The API key that created it; null for subscriptions made by the CLI. */
  @Column({ type: 'uuid', nullable: true })
  ownerKeyId!: string | null;

  @Column({ type: 'text' })
  targetType!: TargetType;

  /** Case id, family root case id, normalised party or judge name, ToS document id, `doc#clause`, citation key. */
  @Column({ type: 'text', nullable: true })
  targetKey!: string | null;

  @Column({ type: 'jsonb' })
  target!: StoredTarget;

  @Column({ type: 'text', nullable: true })
  searchQuery!: string | null;

  @Column({ type: 'tsquery', nullable: true })
  searchTsquery!: string | null;

  /** Any text matching the query contains at least one of these lexemes. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  anchorLexemes!: string[];

  @Column({ type: 'uuid', nullable: true })
  filterCaseId!: string | null;

  @Column({ type: 'text', nullable: true })
  filterCourt!: string | null;

  @Column({ type: 'text', nullable: true })
  filterParty!: string | null;

  @Column({ type: 'text', nullable: true })
  filterJudge!: string | null;

  @Column({ type: 'text', nullable: true })
  filterKind!: string | null;

  /** Empty: every event type. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  eventTypes!: string[];

  /** Empty: every document type. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  includeDocumentTypes!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  excludeDocumentTypes!: string[];

  @Column({ type: 'text' })
  channel!: ChannelType;

  @Column({ type: 'text', nullable: true })
  webhookUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** The HMAC key of webhooks; shown once at creation or rotation, never listed. */
  @Column({ type: 'text', nullable: true })
  secret!: string | null;

  @Column({ type: 'text', nullable: true })
  previousSecret!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt!: Date | null;

  /** SHA-256 of the feed's read token. */
  @Column({ type: 'text' })
  feedTokenHash!: string;

  @Column({ type: 'text' })
  frequency!: Frequency;

  @Column({ type: 'text', default: SubscriptionStatus.Active })
  status!: SubscriptionStatus;

  @Column({ type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  failingSince!: Date | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** The sequence number of the latest delivery; the next one gets this plus one. */
  @Column({ type: 'bigint', default: 0 })
  lastSequence!: string;

  /** Events up to this id happened before the subscription existed and never match it. */
  @Column({ type: 'bigint', default: 0 })
  startsAfterEventId!: string;

  @Column({ type: 'timestamptz', nullable: true })
  nextDigestAt!: Date | null;

  /** The worker currently sending this subscription's deliveries, in order, and until when. */
  @Column({ type: 'uuid', nullable: true })
  laneToken!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  laneUntil!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
