/** What a subscription follows. */
export enum TargetType {
  Case = 'case',
  Family = 'family',
  Search = 'search',
  Party = 'party',
  Judge = 'judge',
  TosDocument = 'tosDocument',
  Clause = 'clause',
  Citation = 'citation',
}

export enum ChannelType {
  Webhook = 'webhook',
  Email = 'email',
  Feed = 'feed',
}

export enum Frequency {
  Realtime = 'realtime',
  Daily = 'daily',
  Weekly = 'weekly',
}

export enum SubscriptionStatus {
  Active = 'active',
  Paused = 'paused',
  /** Retries of a delivery were spent: sending stops (matching goes on) until resumed. */
  Failing = 'failing',
}

/** What a search subscription's `filters.kind` restricts to. */
export enum SearchTargetKind {
  Filing = 'filing',
  Docket = 'docket',
  Tos = 'tos',
}

export const TARGET_TYPES = Object.values(TargetType);
export const CHANNEL_TYPES = Object.values(ChannelType);
export const FREQUENCIES = Object.values(Frequency);
export const SUBSCRIPTION_STATUSES = Object.values(SubscriptionStatus);
export const SEARCH_TARGET_KINDS = Object.values(SearchTargetKind);
