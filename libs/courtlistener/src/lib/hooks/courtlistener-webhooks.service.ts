import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { JobName, JobsService } from '@casetrail/jobs';
import { createHash, timingSafeEqual } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';
import { CaseSource, CaseSourceProvider } from '../sources/case-source.entity';
import { CourtListenerWebhook } from './webhook-delivery.entity';

export interface WebhookRequest {
  secret: string;
  /** The caller's address as the API sees it (after the configured trusted proxies). */
  remoteAddress: string | undefined;
  idempotencyKey: string | undefined;
  body: unknown;
}

export interface WebhookOutcome {
  /** True when this Idempotency-Key was seen before: nothing was queued again. */
  duplicate: boolean;
  eventType: number | null;
  docketIds: string[];
  syncsQueued: number;
}

/** CourtListener's `webhook.event_type` values (cl/api/models.py WebhookEventType). */
const DOCKET_ALERT = 1;
const SEARCH_ALERT = 2;

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Compares the path secret in constant time (both sides hashed first, so their lengths do not leak either). */
export function secretMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** `::ffff:127.0.0.1` is 127.0.0.1. */
const plainAddress = (address: string | undefined) => (address ?? '').replace(/^::ffff:(?=\d+\.)/, '');

/**
 * Docket ids a CourtListener webhook names: docket alerts carry docket entries (`docket`: an id or
 * a docket URL), search alerts carry RECAP results (`docket_id`). Other event types name none.
 */
export function docketIdsOf(body: unknown): { eventType: number | null; docketIds: string[] } {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new CourtListenerError(
      CourtListenerErrorCode.InvalidWebhookPayload,
      'The webhook body is not a JSON object.',
    );
  }
  const { webhook, payload } = body as { webhook?: { event_type?: unknown }; payload?: { results?: unknown } };
  const eventType = typeof webhook?.event_type === 'number' ? webhook.event_type : null;
  if (eventType === null || !payload || typeof payload !== 'object') {
    throw new CourtListenerError(
      CourtListenerErrorCode.InvalidWebhookPayload,
      'A CourtListener webhook has `webhook.event_type` and `payload`.',
    );
  }
  if (eventType !== DOCKET_ALERT && eventType !== SEARCH_ALERT) return { eventType, docketIds: [] };
  if (!Array.isArray(payload.results)) {
    throw new CourtListenerError(CourtListenerErrorCode.InvalidWebhookPayload, '`payload.results` must be an array.');
  }
  const ids = new Set<string>();
  for (const result of payload.results as Record<string, unknown>[]) {
    const ref = eventType === DOCKET_ALERT ? result?.docket : (result?.docket_id ?? result?.docket);
    const id =
      typeof ref === 'number'
        ? String(ref)
        : typeof ref === 'string'
          ? /(?:^|\/dockets?\/)(\d+)\/?$/.exec(ref)?.[1]
          : undefined;
    if (id && /^[1-9]\d{0,11}$/.test(id)) ids.add(id);
  }
  return { eventType, docketIds: [...ids].sort() };
}

/**
 * Receives CourtListener's webhooks. CourtListener does not sign them: the caller proves itself by
 * the unguessable path secret (and, optionally, its address). Each `Idempotency-Key` is stored in
 * the transaction that queues the syncs, so the same webhook twice queues one set of syncs.
 */
@Injectable()
export class CourtListenerWebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
  ) {}

  async receive(request: WebhookRequest): Promise<WebhookOutcome> {
    const { webhookSecret, webhookAllowlist } = this.config.courtListener;
    if (!webhookSecret || !secretMatches(request.secret, webhookSecret)) {
      throw new CourtListenerError(CourtListenerErrorCode.WebhookNotFound, 'No such webhook.');
    }
    if (webhookAllowlist.length > 0 && !webhookAllowlist.includes(plainAddress(request.remoteAddress))) {
      throw new CourtListenerError(
        CourtListenerErrorCode.WebhookSourceRefused,
        'This address may not call the CourtListener webhook.',
        { address: plainAddress(request.remoteAddress) },
      );
    }
    const key = request.idempotencyKey?.trim();
    if (!key || key.length > 200) {
      throw new CourtListenerError(
        CourtListenerErrorCode.MissingIdempotencyKey,
        'CourtListener sends an Idempotency-Key header (at most 200 characters) with every webhook.',
      );
    }
    const { eventType, docketIds } = docketIdsOf(request.body);
    return this.dataSource.transaction(async (manager) => {
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CourtListenerWebhook)
        .values({ idempotencyKey: key, eventType, docketIds })
        .orIgnore()
        .returning(['idempotency_key'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0) {
        const seen = await manager.getRepository(CourtListenerWebhook).findOneByOrFail({ idempotencyKey: key });
        return { duplicate: true, eventType: seen.eventType, docketIds: seen.docketIds, syncsQueued: 0 };
      }
      const sources =
        docketIds.length === 0
          ? []
          : await manager.getRepository(CaseSource).find({
              where: { provider: CaseSourceProvider.CourtListener, externalId: In(docketIds) },
              order: { id: 'ASC' },
            });
      for (const source of sources) {
        await this.jobs.send(JobName.CourtListenerSync, { sourceId: source.id, trigger: 'webhook' }, { manager });
      }
      await manager
        .getRepository(CourtListenerWebhook)
        .update({ idempotencyKey: key }, { syncsQueued: sources.length });
      return { duplicate: false, eventType, docketIds, syncsQueued: sources.length };
    });
  }
}
