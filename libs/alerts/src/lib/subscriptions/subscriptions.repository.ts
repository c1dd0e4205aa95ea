import { Injectable } from '@nestjs/common';
import { rows, SqlRunner } from '@casetrail/core';

/** Raw statements on subscriptions that the entity repository cannot express. */
@Injectable()
export class SubscriptionsRepository {
  /** The id of the newest domain event (0 when there is none), as text: where a new subscription starts. */
  async latestEventId(manager: SqlRunner): Promise<string> {
    const [{ max }] = await rows<{ max: string }>(
      manager,
      `SELECT coalesce(max(id), 0)::text AS max FROM domain_events`,
    );
    return max;
  }

  /** Takes the subscription's next delivery sequence number. */
  async nextSequence(manager: SqlRunner, subscriptionId: string): Promise<string> {
    const [{ last_sequence: sequence }] = await rows<{ last_sequence: string }>(
      manager,
      `UPDATE alert_subscriptions SET last_sequence = last_sequence + 1 WHERE id = $1 RETURNING last_sequence`,
      [subscriptionId],
    );
    return sequence;
  }
}

/** PostgreSQL's reading of a web-search query (`websearch_to_tsquery`, English) as tsquery text; '' when nothing is left. */
export async function webSearchTsquery(manager: SqlRunner, q: string): Promise<string> {
  const [{ tsquery }] = await rows<{ tsquery: string }>(
    manager,
    `SELECT websearch_to_tsquery('english', $1)::text AS tsquery`,
    [q],
  );
  return tsquery;
}
