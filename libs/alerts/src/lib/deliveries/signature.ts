import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'Casetrail-Signature';

/** Hex HMAC-SHA256 of `<t>.<raw body>` with the secret. */
export function signatureOf(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

/**
 * `t=<unix seconds>,v1=<hex>`; during a secret rotation's grace period one `v1` per secret
 * (the new one first), so receivers holding either secret can verify.
 */
export function signatureHeader(secrets: string[], timestamp: number, rawBody: string): string {
  return [`t=${timestamp}`, ...secrets.map((secret) => `v1=${signatureOf(secret, timestamp, rawBody)}`)].join(',');
}

export interface VerifyOptions {
  /** Reject signatures older (or newer) than this many seconds: replay protection. */
  toleranceSeconds?: number;
  nowSeconds?: number;
}

/** What a receiver does (docs/alerts.md): true when any `v1` matches and `t` is recent. */
export function verifySignature(header: string, rawBody: string, secret: string, options: VerifyOptions = {}): boolean {
  const parts = header.split(',').map((p) => p.trim());
  const timestamp = Number(parts.find((p) => p.startsWith('t='))?.slice(2));
  if (!Number.isInteger(timestamp)) return false;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  if (Math.abs(now - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signatureOf(secret, timestamp, rawBody), 'hex');
  return parts
    .filter((p) => p.startsWith('v1='))
    .some((p) => {
      const given = Buffer.from(p.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}
