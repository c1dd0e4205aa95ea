import { sha256Hex } from '@casetrail/core';
import { randomBytes, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
const FEED_TOKEN_PREFIX = 'feed_';

/** A webhook signing secret: shown once, kept to sign (an HMAC needs the secret itself). */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** A feed read token: shown once, only its hash is kept. */
export function newFeedToken(): string {
  return `${FEED_TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
}

export function feedTokenHash(token: string): string {
  return sha256Hex(token);
}

export function feedTokenMatches(token: string, hash: string): boolean {
  const given = Buffer.from(feedTokenHash(token), 'hex');
  const expected = Buffer.from(hash, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
