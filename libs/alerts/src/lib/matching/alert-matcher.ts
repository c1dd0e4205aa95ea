import { isUuid } from '@casetrail/core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CasesService } from '@casetrail/cases';
import { DomainEvent } from '@casetrail/events';
import { JobName, JobsService } from '@casetrail/jobs';
import { DataSource, EntityManager } from 'typeorm';
import { ChannelType, TargetType } from '../subscriptions/subscription-enums';
import { FAMILY_TARGET } from '../subscriptions/target-keys';
import { ALERT_TEXT_SOURCE, AlertText, AlertTextSource } from './alert-text-source';
import { loadCaseContexts } from './case-context';
import {
  applicableTargets,
  CaseContext,
  caseIdOf,
  documentTypeOf,
  eventData,
  searchKindOf,
  structuredKeys,
} from './event-facts';

export interface MatchOutcome {
  eventId: string;
  /** Another matcher had already processed the event (or it does not exist). */
  skipped: boolean;
  matched: number;
  /** Realtime deliveries created (digest subscriptions wait for their period). */
  deliveries: number;
}

/** Conditions every candidate must meet, whatever its target. */
const COMMON_FILTERS = `
  AND s.starts_after_event_id < $5::bigint
  AND (cardinality(s.event_types) = 0 OR $6::text = ANY(s.event_types))
  AND (cardinality(s.include_document_types) = 0 OR coalesce($7::text = ANY(s.include_document_types), false))
  AND NOT coalesce($7::text = ANY(s.exclude_document_types), false)`;

/**
 * One statement finds every subscription an event matches, whatever their number:
 * - structured targets (case, family, party, judge, ToS document, clause, citation) by joining the
 *   event's target keys to the `(target_type, target_key)` index;
 * - saved searches inverted: the new text's pages become tsvectors once, their distinct lexemes
 *   select (GIN, `&&`) only the subscriptions whose anchor lexemes occur, cheap structured filter
 *   columns narrow them, and only then each candidate's stored tsquery is tested with `@@`.
 * No search engine is queried and no query runs per subscription or per page.
 */
const MATCH_SQL = `
WITH keys AS (
  SELECT * FROM unnest($1::text[], $2::text[]) AS k(target_type, target_key)
), pages AS (
  SELECT to_tsvector('english', $3::text || ' ' || t) AS tsv FROM unnest($4::text[]) AS t
), words AS (
  SELECT coalesce(array_agg(DISTINCT w.lexeme), '{}'::text[]) AS lexemes FROM pages, unnest(pages.tsv) AS w
)
SELECT s.id FROM keys k
  JOIN alert_subscriptions s ON s.target_type = k.target_type AND s.target_key = k.target_key AND s.status <> 'paused'
  WHERE true ${COMMON_FILTERS}
UNION
SELECT s.id FROM words, alert_subscriptions s
  WHERE s.target_type = 'search' AND s.status <> 'paused' AND s.anchor_lexemes && words.lexemes
    AND (s.filter_kind IS NULL OR s.filter_kind = $8::text)
    AND (s.filter_case_id IS NULL OR s.filter_case_id = $9::uuid)
    AND (s.filter_court IS NULL OR s.filter_court = $10::text)
    AND (s.filter_party IS NULL OR s.filter_party = ANY($11::text[]))
    AND (s.filter_judge IS NULL OR s.filter_judge = ANY($12::text[]))
    ${COMMON_FILTERS}
    AND EXISTS (SELECT 1 FROM pages p WHERE p.tsv @@ s.search_tsquery)`;

@Injectable()
export class AlertMatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ALERT_TEXT_SOURCE) private readonly textSource: AlertTextSource,
    private readonly jobs: JobsService,
    private readonly cases: CasesService,
  ) {}

  /**
   * Matches one event against every subscription, exactly once: the first matcher to insert the
   * event's `alert_processed_events` row owns it (a concurrent one waits on that key, then skips);
   * matches are unique per (subscription, event); each realtime match's Delivery row and its
   * send job are written in the same transaction.
   */
  async matchEvent(eventId: string): Promise<MatchOutcome> {
    const event = await this.dataSource.getRepository(DomainEvent).findOne({ where: { id: eventId } });
    if (!event) return { eventId, skipped: true, matched: 0, deliveries: 0 };
    const text = applicableTargets(event.type).includes(TargetType.Search)
      ? await this.textSource.textsForEvent(event)
      : null;
    return this.dataSource.transaction(async (manager) => {
      const claimed = (await manager.query(
        `INSERT INTO alert_processed_events (event_id, matches) VALUES ($1, 0) ON CONFLICT DO NOTHING RETURNING event_id`,
        [eventId],
      )) as unknown[];
      if (claimed.length === 0) return { eventId, skipped: true, matched: 0, deliveries: 0 };
      const caseContext = await this.caseContextOf(manager, event);
      const subscriptionIds = await this.findMatchesWith(manager, event, caseContext, text);
      const inserted = (await manager.query(
        `INSERT INTO alert_matches (subscription_id, event_id) SELECT unnest($1::uuid[]), $2
         ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING subscription_id`,
        [subscriptionIds, eventId],
      )) as { subscription_id: string }[];
      const deliveries = await this.createRealtimeDeliveries(
        manager,
        event,
        inserted.map((r) => r.subscription_id),
        eventData(event, caseContext),
      );
      await manager.query(`UPDATE alert_processed_events SET matches = $2 WHERE event_id = $1`, [
        eventId,
        inserted.length,
      ]);
      return { eventId, skipped: false, matched: inserted.length, deliveries };
    });
  }

  /** Read-only: the ids of the subscriptions an event matches (what the benchmark times). */
  async findMatches(event: DomainEvent): Promise<string[]> {
    const manager = this.dataSource.manager;
    const text = applicableTargets(event.type).includes(TargetType.Search)
      ? await this.textSource.textsForEvent(event)
      : null;
    return this.findMatchesWith(manager, event, await this.caseContextOf(manager, event), text);
  }

  private async caseContextOf(manager: EntityManager, event: DomainEvent): Promise<CaseContext | null> {
    const caseId = caseIdOf(event);
    if (!caseId || !isUuid(caseId)) return null;
    return (await loadCaseContexts(manager, [caseId])).get(caseId) ?? null;
  }

  private async findMatchesWith(
    manager: EntityManager,
    event: DomainEvent,
    caseContext: CaseContext | null,
    text: AlertText | null,
  ): Promise<string[]> {
    const familyHeads =
      caseContext && applicableTargets(event.type).includes(TargetType.Family)
        ? ((await this.cases.familyHeadsOf([caseContext.id], FAMILY_TARGET, manager)).get(caseContext.id) ?? [])
        : [];
    const keys = structuredKeys(event, caseContext, familyHeads);
    const rows = (await manager.query(MATCH_SQL, [
      keys.map((k) => k.type),
      keys.map((k) => k.key),
      text?.title ?? '',
      text?.pages ?? [],
      event.id,
      event.type,
      documentTypeOf(event),
      searchKindOf(event.type),
      caseContext?.id ?? null,
      caseContext?.court ?? null,
      caseContext?.parties ?? [],
      caseContext?.judges ?? [],
    ])) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /**
   * Gives each newly matched realtime subscription its next sequence number and a Delivery row
   * (feed deliveries are delivered by being written), links the matches, and enqueues one send
   * job per webhook or email subscription. Subscription rows are locked in id order with
   * FOR NO KEY UPDATE, which does not conflict with the key-share locks that inserting matches
   * (foreign keys) takes, so concurrent matchers cannot deadlock.
   */
  private async createRealtimeDeliveries(
    manager: EntityManager,
    event: DomainEvent,
    subscriptionIds: string[],
    data: Record<string, unknown>,
  ): Promise<number> {
    if (subscriptionIds.length === 0) return 0;
    const realtime = (await manager.query(
      `SELECT id FROM alert_subscriptions WHERE id = ANY($1::uuid[]) AND frequency = 'realtime' ORDER BY id FOR NO KEY UPDATE`,
      [subscriptionIds],
    )) as { id: string }[];
    if (realtime.length === 0) return 0;
    const created = (await manager.query(
      `WITH seq AS (
         UPDATE alert_subscriptions s SET last_sequence = s.last_sequence + 1
         WHERE s.id = ANY($1::uuid[]) RETURNING s.id, s.last_sequence, s.channel
       )
       INSERT INTO alert_deliveries (subscription_id, kind, type, event_id, sequence, data, channel, status, delivered_at)
       SELECT seq.id, 'event', $2, $3, seq.last_sequence, $4::jsonb, seq.channel,
              CASE WHEN seq.channel = 'feed' THEN 'delivered' ELSE 'pending' END,
              CASE WHEN seq.channel = 'feed' THEN now() END
       FROM seq
       RETURNING id, subscription_id, channel`,
      [realtime.map((r) => r.id), event.type, event.id, JSON.stringify(data)],
    )) as { id: string; subscription_id: string; channel: ChannelType }[];
    await manager.query(
      `UPDATE alert_matches m SET delivery_id = d.delivery_id
       FROM unnest($1::uuid[], $2::uuid[]) AS d(subscription_id, delivery_id)
       WHERE m.subscription_id = d.subscription_id AND m.event_id = $3`,
      [created.map((c) => c.subscription_id), created.map((c) => c.id), event.id],
    );
    const toSend = created.filter((c) => c.channel !== ChannelType.Feed);
    await this.jobs.sendMany(
      JobName.AlertsDeliver,
      toSend.map((c) => ({ subscriptionId: c.subscription_id })),
      { manager },
    );
    return created.length;
  }
}
