import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { guardedFetch, NetError, NetErrorCode } from '@casetrail/net';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { AlertDelivery } from './delivery.entity';
import { AttemptOutcome } from './delivery-enums';
import { webhookBody } from './delivery-message';
import { errorText, SendResult } from './send-result';
import { SIGNATURE_HEADER, signatureHeader } from './signature';

/** Secrets that sign now: the current one, and the previous one during a rotation's grace period. */
export function signingSecrets(
  subscription: Pick<AlertSubscription, 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>,
  now: Date,
): string[] {
  const secrets = subscription.secret ? [subscription.secret] : [];
  if (
    subscription.previousSecret &&
    subscription.previousSecretExpiresAt &&
    subscription.previousSecretExpiresAt > now
  ) {
    secrets.push(subscription.previousSecret);
  }
  return secrets;
}

/**
 * POSTs a delivery: signed, with its id as `Idempotency-Key`, through the SSRF guard (checked
 * address only), within the timeout, never following a redirect. Any 2xx is a success.
 */
@Injectable()
export class WebhookSender {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(delivery: AlertDelivery, subscription: AlertSubscription): Promise<SendResult> {
    const body = webhookBody(delivery);
    const now = new Date();
    const timestamp = Math.floor(now.getTime() / 1000);
    const headers = {
      'Content-Type': 'application/json',
      'User-Agent': 'Casetrail-Webhooks/1',
      'Idempotency-Key': delivery.id,
      'Casetrail-Delivery': delivery.id,
      'Casetrail-Event': delivery.type,
      'Casetrail-Sequence': String(delivery.sequence),
      [SIGNATURE_HEADER]: signatureHeader(signingSecrets(subscription, now), timestamp, body),
    };
    const started = Date.now();
    try {
      const response = await guardedFetch(subscription.webhookUrl ?? '', {
        method: 'POST',
        headers,
        body,
        timeoutMs: this.config.alerts.timeoutMs,
        allowPrivate: this.config.allowPrivateTargets,
        maxBytes: 1024,
        overflow: 'truncate',
      });
      const ok = response.status >= 200 && response.status < 300;
      const redirect = response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : '';
      const excerpt = response.body.toString('utf8');
      return {
        outcome: ok ? AttemptOutcome.Succeeded : AttemptOutcome.Failed,
        statusCode: response.status,
        error: ok ? null : `HTTP ${response.status}${redirect}${excerpt ? `: ${excerpt.slice(0, 300)}` : ''}`,
        durationMs: Date.now() - started,
      };
    } catch (error) {
      const refused = error instanceof NetError && refusedByGuard(error.code);
      return {
        outcome: refused ? AttemptOutcome.Refused : AttemptOutcome.Failed,
        statusCode: null,
        error: errorText(error),
        durationMs: Date.now() - started,
      };
    }
  }
}

/** The SSRF guard's refusals (nothing was sent); network failures and timeouts are failures to retry. */
function refusedByGuard(code: NetErrorCode): boolean {
  switch (code) {
    case NetErrorCode.InvalidUrl:
    case NetErrorCode.TargetNotAllowed:
      return true;
    case NetErrorCode.DnsLookupFailed:
    case NetErrorCode.Timeout:
    case NetErrorCode.ResponseTooLarge:
    case NetErrorCode.TooManyRedirects:
    case NetErrorCode.RequestFailed:
      return false;
  }
}
