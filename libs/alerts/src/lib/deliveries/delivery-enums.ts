export enum DeliveryKind {
  Event = 'event',
  Digest = 'digest',
  Test = 'test',
}

export enum DeliveryStatus {
  /** Waiting for its first attempt or its next retry. */
  Pending = 'pending',
  Delivered = 'delivered',
  /** Every retry of the schedule failed; replay sends it again. */
  Failed = 'failed',
}

export enum AttemptOutcome {
  Succeeded = 'succeeded',
  Failed = 'failed',
  /** The target was refused by the SSRF guard; nothing was sent. */
  Refused = 'refused',
  /** The worker stopped during the attempt; the outcome is unknown and the delivery was sent again. */
  Interrupted = 'interrupted',
}

export const DELIVERY_STATUSES = Object.values(DeliveryStatus);
