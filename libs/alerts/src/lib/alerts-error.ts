import { DomainError } from '@casetrail/core';

export enum AlertsErrorCode {
  SubscriptionNotFound = 'subscription_not_found',
  DeliveryNotFound = 'delivery_not_found',
  InvalidSubscription = 'invalid_subscription',
  TargetNotFound = 'alert_target_not_found',
  WebhookTargetNotAllowed = 'webhook_target_not_allowed',
  EmailNotConfigured = 'email_not_configured',
  InvalidFeedToken = 'invalid_feed_token',
  DeliveryNotReplayable = 'delivery_not_replayable',
}

export class AlertsError extends DomainError<AlertsErrorCode> {}
