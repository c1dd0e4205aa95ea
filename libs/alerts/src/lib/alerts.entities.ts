import { AlertDeliveryAttempt } from './deliveries/delivery-attempt.entity';
import { AlertDelivery } from './deliveries/delivery.entity';
import { AlertMatch } from './matching/alert-match.entity';
import { AlertConsumerPosition, AlertProcessedEvent } from './matching/processed-event.entity';
import { AlertSubscription } from './subscriptions/subscription.entity';

export const ALERTS_ENTITIES = [
  AlertSubscription,
  AlertMatch,
  AlertProcessedEvent,
  AlertConsumerPosition,
  AlertDelivery,
  AlertDeliveryAttempt,
];
