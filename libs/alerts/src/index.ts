export { AlertsError, AlertsErrorCode } from './lib/alerts-error';
export { AlertsModule } from './lib/alerts.module';
export type { AlertsModuleOptions } from './lib/alerts.module';
export { ALERTS_ENTITIES } from './lib/alerts.entities';
export {
  CHANNEL_TYPES,
  ChannelType,
  FREQUENCIES,
  Frequency,
  SEARCH_TARGET_KINDS,
  SearchTargetKind,
  SUBSCRIPTION_STATUSES,
  SubscriptionStatus,
  TARGET_TYPES,
  TargetType,
} from './lib/subscriptions/subscription-enums';
export { AlertSubscription } from './lib/subscriptions/subscription.entity';
export type { StoredTarget } from './lib/subscriptions/subscription.entity';
export {
  CreateSubscriptionBody,
  ListDeliveriesQuery,
  ListSubscriptionsQuery,
  RotateSecretBody,
  SearchTargetFilters,
  SubscriptionChannelBody,
  SubscriptionTargetBody,
  UpdateSubscriptionBody,
} from './lib/subscriptions/subscription.dto';
export { deliveryView, subscriptionView } from './lib/subscriptions/subscription-views';
export type {
  AlertsActor,
  AttemptView,
  CreatedSubscriptionView,
  DeliveryView,
  SubscriptionView,
} from './lib/subscriptions/subscription-views';
export { SubscriptionsService } from './lib/subscriptions/subscriptions.service';
export { AttemptOutcome, DELIVERY_STATUSES, DeliveryKind, DeliveryStatus } from './lib/deliveries/delivery-enums';
export { AlertDelivery } from './lib/deliveries/delivery.entity';
export { AlertDeliveryAttempt } from './lib/deliveries/delivery-attempt.entity';
export { DeliveriesService } from './lib/deliveries/deliveries.service';
export { DeliveryDispatcher } from './lib/deliveries/delivery-dispatcher';
export type { LaneRun } from './lib/deliveries/delivery-dispatcher';
export { DigestBuilder } from './lib/deliveries/digest-builder';
export { SIGNATURE_HEADER, signatureHeader, signatureOf, verifySignature } from './lib/deliveries/signature';
export type { VerifyOptions } from './lib/deliveries/signature';
export { FeedService } from './lib/feed/feed.service';
export { AlertMatch } from './lib/matching/alert-match.entity';
export { AlertConsumerPosition, AlertProcessedEvent } from './lib/matching/processed-event.entity';
export { AlertMatcher } from './lib/matching/alert-matcher';
export type { MatchOutcome } from './lib/matching/alert-matcher';
export { ALERT_TEXT_SOURCE, PayloadTextSource } from './lib/matching/alert-text-source';
export type { AlertText, AlertTextSource } from './lib/matching/alert-text-source';
export { FILING_TEXT_SOURCE } from './lib/matching/filing-text-source';
export type { FilingTextSource } from './lib/matching/filing-text-source';
export { AlertsJobHandlers } from './lib/jobs/alerts-job-handlers';
export { AlertsSweeper } from './lib/jobs/alerts-sweeper';
export type { SweepReport } from './lib/jobs/alerts-sweeper';
