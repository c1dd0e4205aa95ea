import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, JobsService } from '@casetrail/jobs';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { AlertMatch } from '../matching/alert-match.entity';
import { loadCaseContexts } from '../matching/case-context.repository';
import { caseIdOf, eventData } from '../matching/event-facts';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { ChannelType } from '../subscriptions/subscription-enums';
import { SubscriptionsRepository } from '../subscriptions/subscriptions.repository';
import { DigestsRepository } from './digests.repository';
import { digestPeriodMs, isDigestFrequency, nextDigestBoundary } from './digest-period';

/**
 * Turns a daily or weekly subscription's waiting matches into one digest delivery per period,
 * events grouped by case. A period without matches sends nothing.
 */
@Injectable()
export class DigestBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly repository: DigestsRepository,
    private readonly subscriptions: SubscriptionsRepository,
  ) {}

  /** Builds every digest whose period closed at or before `now`; returns how many were written. */
  async buildDue(now: Date = new Date()): Promise<number> {
    const due = await this.repository.dueSubscriptionIds(now, 200);
    let built = 0;
    for (const id of due) if (await this.buildOne(id, now)) built += 1;
    return built;
  }

  private buildOne(subscriptionId: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const subscription = await manager
        .getRepository(AlertSubscription)
        .createQueryBuilder('s')
        .setLock('for_no_key_update')
        .setOnLocked('skip_locked')
        .where('s.id = :id AND s.next_digest_at <= :now', { id: subscriptionId, now })
        .getOne();
      if (!subscription?.nextDigestAt || !isDigestFrequency(subscription.frequency)) return false;
      const periodEnd = subscription.nextDigestAt;
      const periodStart = new Date(periodEnd.getTime() - digestPeriodMs(subscription.frequency));
      const matches = await manager.getRepository(AlertMatch).find({
        where: { subscriptionId, deliveryId: IsNull(), matchedAt: LessThan(periodEnd) },
        relations: { event: true },
        order: { eventId: 'ASC' },
      });
      await manager.update(
        AlertSubscription,
        { id: subscriptionId },
        { nextDigestAt: nextDigestBoundary(subscription.frequency, now) },
      );
      const events = matches.flatMap((m) => (m.event ? [m.event] : []));
      if (events.length === 0) return false;

      const caseIds = [...new Set(events.map(caseIdOf).filter((id): id is string => id !== null))];
      const contexts = await loadCaseContexts(manager, caseIds);
      const groups = new Map<string | null, Record<string, unknown>[]>();
      for (const event of events) {
        const caseId = caseIdOf(event);
        const key = caseId && contexts.has(caseId) ? caseId : null;
        groups.set(key, [...(groups.get(key) ?? []), eventData(event, key ? (contexts.get(key) ?? null) : null)]);
      }
      const cases = [...groups.entries()]
        .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : 0))
        .map(([caseId, grouped]) => ({ case: caseId ? (grouped[0]['case'] ?? null) : null, events: grouped }));
      const data = {
        frequency: subscription.frequency,
        periodStart: periodStart.toISOString(),
        periodEnd: periodEnd.toISOString(),
        eventCount: events.length,
        cases,
      };
      const feed = subscription.channel === ChannelType.Feed;
      const sequence = await this.subscriptions.nextSequence(manager, subscriptionId);
      const deliveryId = await this.repository.insertDigest(manager, {
        subscriptionId,
        frequency: subscription.frequency,
        sequence,
        data,
        channel: subscription.channel,
        periodStart,
        periodEnd,
        now,
      });
      await this.repository.linkMatches(
        manager,
        matches.map((m) => m.id),
        deliveryId,
      );
      if (!feed) await this.jobs.sendMany(JobName.AlertsDeliver, [{ subscriptionId }], { manager });
      return true;
    });
  }
}
