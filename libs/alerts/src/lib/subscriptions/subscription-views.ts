import { AlertDeliveryAttempt } from '../deliveries/delivery-attempt.entity';
import { AlertDelivery } from '../deliveries/delivery.entity';
import { AttemptOutcome, DeliveryKind, DeliveryStatus } from '../deliveries/delivery-enums';
import { AlertSubscription, StoredTarget } from './subscription.entity';
import { ChannelType, Frequency, SubscriptionStatus } from './subscription-enums';

/** Who is asking: subscriptions belong to the API key that made them; admin keys see all. */
export interface AlertsActor {
  keyId: string | null;
  admin: boolean;
}

export interface SubscriptionView {
  id: string;
  target: StoredTarget;
  eventTypes: string[];
  includeDocumentTypes: string[];
  excludeDocumentTypes: string[];
  channel: { type: ChannelType; url?: string; email?: string };
  frequency: Frequency;
  status: SubscriptionStatus;
  statusReason: string | null;
  failingSince: string | null;
  note: string | null;
  tags: string[];
  lastSequence: number;
  nextDigestAt: string | null;
  previousSecretExpiresAt: string | null;
  /** Add `?token=<feed token>`; the token is shown once, at creation or rotation. */
  feedUrl: string;
  createdAt: string;
  updatedAt: string;
}

/** The creation answer: the only time the webhook secret and the feed token are shown. */
export interface CreatedSubscriptionView extends SubscriptionView {
  secret: string | null;
  feedToken: string;
}

export interface AttemptView {
  number: number;
  startedAt: string;
  outcome: AttemptOutcome | null;
  statusCode: number | null;
  durationMs: number | null;
  error: string | null;
}

export interface DeliveryView {
  id: string;
  subscriptionId: string;
  kind: DeliveryKind;
  type: string;
  eventId: string | null;
  sequence: number;
  channel: ChannelType;
  status: DeliveryStatus;
  attemptCount: number;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  failedAt: string | null;
  lastError: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  createdAt: string;
  attempts: AttemptView[];
  data: Record<string, unknown>;
}

export function subscriptionView(subscription: AlertSubscription, publicUrl: string): SubscriptionView {
  return {
    id: subscription.id,
    target: subscription.target,
    eventTypes: subscription.eventTypes,
    includeDocumentTypes: subscription.includeDocumentTypes,
    excludeDocumentTypes: subscription.excludeDocumentTypes,
    channel: {
      type: subscription.channel,
      ...(subscription.webhookUrl ? { url: subscription.webhookUrl } : {}),
      ...(subscription.email ? { email: subscription.email } : {}),
    },
    frequency: subscription.frequency,
    status: subscription.status,
    statusReason: subscription.statusReason,
    failingSince: iso(subscription.failingSince),
    note: subscription.note,
    tags: subscription.tags,
    lastSequence: Number(subscription.lastSequence),
    nextDigestAt: iso(subscription.nextDigestAt),
    previousSecretExpiresAt: subscription.previousSecret ? iso(subscription.previousSecretExpiresAt) : null,
    feedUrl: `${publicUrl}/api/v1/subscriptions/${subscription.id}/feed.atom`,
    createdAt: subscription.createdAt.toISOString(),
    updatedAt: subscription.updatedAt.toISOString(),
  };
}

export function deliveryView(delivery: AlertDelivery, attempts: AlertDeliveryAttempt[]): DeliveryView {
  return {
    id: delivery.id,
    subscriptionId: delivery.subscriptionId,
    kind: delivery.kind,
    type: delivery.type,
    eventId: delivery.eventId,
    sequence: Number(delivery.sequence),
    channel: delivery.channel,
    status: delivery.status,
    attemptCount: delivery.attemptCount,
    nextAttemptAt: delivery.status === DeliveryStatus.Pending ? iso(delivery.nextAttemptAt) : null,
    deliveredAt: iso(delivery.deliveredAt),
    failedAt: iso(delivery.failedAt),
    lastError: delivery.lastError,
    periodStart: iso(delivery.periodStart),
    periodEnd: iso(delivery.periodEnd),
    createdAt: delivery.createdAt.toISOString(),
    attempts: attempts
      .sort((a, b) => a.number - b.number)
      .map((a) => ({
        number: a.number,
        startedAt: a.startedAt.toISOString(),
        outcome: a.outcome,
        statusCode: a.statusCode,
        durationMs: a.durationMs,
        error: a.error,
      })),
    data: delivery.data,
  };
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
