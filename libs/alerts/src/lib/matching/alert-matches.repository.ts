import { Injectable } from '@nestjs/common';
import { rows, SqlRunner } from '@casetrail/core';
import { DeliveryKind, DeliveryStatus } from '../deliveries/delivery-enums';
import { ChannelType, Frequency, SubscriptionStatus, TargetType } from '../subscriptions/subscription-enums';

/** Conditions every candidate must meet, whatever its target. */
const COMMON_FILTERS = `
  AND s.starts_after_event_id < $5::bigint
  AND (cardinality(s.event_types) = 0 OR $6::text = ANY(s.event_types))
  AND (cardinality(s.include_document_types) = 0 OR coalesce($7::text = ANY(s.include_document_types), false))
  AND NOT coalesce($7::text = ANY(s.exclude_document_types), false)
  AND NOT EXISTS (SELECT 1 FROM alert_matches prior WHERE prior.subscription_id = s.id AND prior.event_id = ANY($15::bigint[]))`;

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
  JOIN alert_subscriptions s ON s.target_type = k.target_type AND s.target_key = k.target_key AND s.status <> $13
  WHERE true ${COMMON_FILTERS}
UNION
SELECT s.id FROM words, alert_subscriptions s
  WHERE s.target_type = $14 AND s.status <> $13 AND s.anchor_lexemes && words.lexemes
    AND (s.filter_kind IS NULL OR s.filter_kind = $8::text)
    AND (s.filter_case_id IS NULL OR s.filter_case_id = $9::uuid)
    AND (s.filter_court IS NULL OR s.filter_court = $10::text)
    AND (s.filter_party IS NULL OR s.filter_party = ANY($11::text[]))
    AND (s.filter_judge IS NULL OR s.filter_judge = ANY($12::text[]))
    ${COMMON_FILTERS}
    AND EXISTS (SELECT 1 FROM pages p WHERE p.tsv @@ s.search_tsquery)`;

/** What MATCH_SQL needs to know of an event. */
export interface MatchQuery {
  keys: { type: string; key: string }[];
  title: string;
  pages: string[];
  eventId: string;
  eventType: string;
  documentType: string | null;
  searchKind: string | null;
  caseId: string | null;
  court: string | null;
  parties: string[];
  judges: string[];
  /** Earlier events of the same filing (e.g. before OCR): a subscription that matched one of them is skipped. */
  supersededEventIds: string[];
}

/** The matcher's statements: processed markers, the match query, matches and realtime deliveries. */
@Injectable()
export class AlertMatchesRepository {
  /** Inserts the event's processed marker; false when another matcher already owns the event. */
  async claimEvent(manager: SqlRunner, eventId: string): Promise<boolean> {
    const claimed = await rows<{ event_id: string }>(
      manager,
      `INSERT INTO alert_processed_events (event_id, matches) VALUES ($1, 0) ON CONFLICT DO NOTHING RETURNING event_id`,
      [eventId],
    );
    return claimed.length > 0;
  }

  /** How many of `eventIds` a matcher has already processed. */
  async countProcessed(manager: SqlRunner, eventIds: string[]): Promise<number> {
    const [row] = await rows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM alert_processed_events WHERE event_id = ANY($1::bigint[])`,
      [eventIds],
    );
    return row?.n ?? 0;
  }

  async setMatchCount(manager: SqlRunner, eventId: string, matches: number): Promise<void> {
    await manager.query(`UPDATE alert_processed_events SET matches = $2 WHERE event_id = $1`, [eventId, matches]);
  }

  /** The ids of the subscriptions (paused ones aside) an event matches. */
  async findMatching(manager: SqlRunner, q: MatchQuery): Promise<string[]> {
    const found = await rows<{ id: string }>(manager, MATCH_SQL, [
      q.keys.map((k) => k.type),
      q.keys.map((k) => k.key),
      q.title,
      q.pages,
      q.eventId,
      q.eventType,
      q.documentType,
      q.searchKind,
      q.caseId,
      q.court,
      q.parties,
      q.judges,
      SubscriptionStatus.Paused,
      TargetType.Search,
      q.supersededEventIds,
    ]);
    return found.map((r) => r.id);
  }

  /** Records the matches; returns the subscriptions whose match is new. */
  async insertMatches(manager: SqlRunner, subscriptionIds: string[], eventId: string): Promise<string[]> {
    const inserted = await rows<{ subscription_id: string }>(
      manager,
      `INSERT INTO alert_matches (subscription_id, event_id) SELECT unnest($1::uuid[]), $2
       ON CONFLICT (subscription_id, event_id) DO NOTHING RETURNING subscription_id`,
      [subscriptionIds, eventId],
    );
    return inserted.map((r) => r.subscription_id);
  }

  /** The realtime ones among these subscriptions, locked in id order (FOR NO KEY UPDATE). */
  async lockRealtime(manager: SqlRunner, subscriptionIds: string[]): Promise<string[]> {
    const found = await rows<{ id: string }>(
      manager,
      `SELECT id FROM alert_subscriptions WHERE id = ANY($1::uuid[]) AND frequency = $2 ORDER BY id FOR NO KEY UPDATE`,
      [subscriptionIds, Frequency.Realtime],
    );
    return found.map((r) => r.id);
  }

  /** Gives each subscription its next sequence number and an event Delivery (feed ones delivered by being written). */
  async createEventDeliveries(
    manager: SqlRunner,
    subscriptionIds: string[],
    eventType: string,
    eventId: string,
    data: Record<string, unknown>,
  ): Promise<{ id: string; subscription_id: string; channel: ChannelType }[]> {
    return rows<{ id: string; subscription_id: string; channel: ChannelType }>(
      manager,
      `WITH seq AS (
         UPDATE alert_subscriptions s SET last_sequence = s.last_sequence + 1
         WHERE s.id = ANY($1::uuid[]) RETURNING s.id, s.last_sequence, s.channel
       )
       INSERT INTO alert_deliveries (subscription_id, kind, type, event_id, sequence, data, channel, status, delivered_at)
       SELECT seq.id, $5, $2, $3, seq.last_sequence, $4::jsonb, seq.channel,
              CASE WHEN seq.channel = $6 THEN $7 ELSE $8 END,
              CASE WHEN seq.channel = $6 THEN now() END
       FROM seq
       RETURNING id, subscription_id, channel`,
      [
        subscriptionIds,
        eventType,
        eventId,
        JSON.stringify(data),
        DeliveryKind.Event,
        ChannelType.Feed,
        DeliveryStatus.Delivered,
        DeliveryStatus.Pending,
      ],
    );
  }

  async linkDeliveries(
    manager: SqlRunner,
    eventId: string,
    created: { id: string; subscription_id: string }[],
  ): Promise<void> {
    await manager.query(
      `UPDATE alert_matches m SET delivery_id = d.delivery_id
       FROM unnest($1::uuid[], $2::uuid[]) AS d(subscription_id, delivery_id)
       WHERE m.subscription_id = d.subscription_id AND m.event_id = $3`,
      [created.map((c) => c.subscription_id), created.map((c) => c.id), eventId],
    );
  }
}
