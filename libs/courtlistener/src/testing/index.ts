export { CourtListenerReplay, PAGE_SIZE } from './replay-server';
export type { ReplayDocket, ReplayFault, ReplayRequest } from './replay-server';
export {
  attorneyJson,
  BASE_TIME,
  docketEntryJson,
  docketJson,
  generatedEntries,
  isoAt,
  partyJson,
  recapDocumentJson,
} from './v4-fixtures';
export type { EntrySpec, RecapDocumentSpec } from './v4-fixtures';

import type { CourtListenerConfig } from '@casetrail/config';
import type { CourtListenerReplay } from './replay-server';

/** A configuration pointing at the replay, with fast retries, for tests. */
export function replayConfig(
  replay: CourtListenerReplay,
  overrides: Partial<CourtListenerConfig> = {},
): CourtListenerConfig {
  return {
    token: replay.token,
    baseUrl: replay.baseUrl,
    storageUrl: replay.storageUrl,
    hourlyBudget: 100_000,
    syncIntervalSeconds: 3600,
    timeoutMs: 5000,
    maxRetries: 2,
    retryBaseMs: 10,
    maxRetryAfterSeconds: 5,
    webhookSecret: null,
    webhookAllowlist: [],
    ...overrides,
  };
}
