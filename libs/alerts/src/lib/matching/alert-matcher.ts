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
import { AlertMatchesRepository } from './alert-matches.repository';
import { loadCaseContexts } from './case-context.repository';
import {
  applicableTargets,
  CaseContext,
  caseIdOf,
  documentTypeOf,
  eventData,
  searchKindOf,
  structuredKeys,
  supersededEventIds,
} from './event-facts';

export interface MatchOutcome {
  eventId: string;
  /** Another matcher had already processed the event (or it does not exist). */
  skipped: boolean;
  matched: number;
  /** Realtime deliveries created (digest subscriptions wait for their period). */
  deliveries: number;
}

@Injectable()
export class AlertMatcher {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ALERT_TEXT_SOURCE) private readonly textSource: AlertTextSource,
    private readonly jobs: JobsService,
    private readonly cases: CasesService,
    private readonly repository: AlertMatchesRepository,
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
    await this.requireProcessed(supersededEventIds(event));
    const text = applicableTargets(event.type).includes(TargetType.Search)
      ? await this.textSource.textsForEvent(event)
      : null;
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.repository.claimEvent(manager, eventId)))
        return { eventId, skipped: true, matched: 0, deliveries: 0 };
      const caseContext = await this.caseContextOf(manager, event);
      const subscriptionIds = await this.findMatchesWith(manager, event, caseContext, text);
      const inserted = await this.repository.insertMatches(manager, subscriptionIds, eventId);
      const deliveries = await this.createRealtimeDeliveries(manager, event, inserted, eventData(event, caseContext));
      await this.repository.setMatchCount(manager, eventId, inserted.length);
      return { eventId, skipped: false, matched: inserted.length, deliveries };
    });
  }

  /**
   * An event that supersedes earlier ones is matched after them, so that "not matched before" is
   * known; until then its job fails and is retried (the earlier events' jobs are already queued).
   */
  private async requireProcessed(eventIds: string[]): Promise<void> {
    if (eventIds.length === 0) return;
    if ((await this.repository.countProcessed(this.dataSource.manager, eventIds)) < eventIds.length) {
      throw new Error(`events ${eventIds.join(', ')} must be matched first; retrying later`);
    }
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
    return this.repository.findMatching(manager, {
      keys,
      title: text?.title ?? '',
      pages: text?.pages ?? [],
      eventId: event.id,
      eventType: event.type,
      documentType: documentTypeOf(event),
      searchKind: searchKindOf(event.type),
      caseId: caseContext?.id ?? null,
      court: caseContext?.court ?? null,
      parties: caseContext?.parties ?? [],
      judges: caseContext?.judges ?? [],
      supersededEventIds: supersededEventIds(event),
    });
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
    const realtime = await this.repository.lockRealtime(manager, subscriptionIds);
    if (realtime.length === 0) return 0;
    const created = await this.repository.createEventDeliveries(manager, realtime, event.type, event.id, data);
    await this.repository.linkDeliveries(manager, event.id, created);
    const toSend = created.filter((c) => c.channel !== ChannelType.Feed);
    await this.jobs.sendMany(
      JobName.AlertsDeliver,
      toSend.map((c) => ({ subscriptionId: c.subscription_id })),
      { manager },
    );
    return created.length;
  }
}
