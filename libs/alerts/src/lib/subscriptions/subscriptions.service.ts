import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CasesService } from '@casetrail/cases';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { decodeCursor, isUuid, Page, pageLimit, toPage } from '@casetrail/core';
import { JobName, JobsService } from '@casetrail/jobs';
import { assertPublicTarget, NetError, NetErrorCode } from '@casetrail/net';
import { DataSource, EntityManager } from 'typeorm';
import { AlertsError, AlertsErrorCode } from '../alerts-error';
import { isDigestFrequency, nextDigestBoundary } from '../deliveries/digest-period';
import { feedTokenHash, newFeedToken, newWebhookSecret } from './credentials';
import {
  CreateSubscriptionBody,
  ListSubscriptionsQuery,
  RotateSecretBody,
  SubscriptionChannelBody,
  UpdateSubscriptionBody,
} from './subscription.dto';
import { AlertSubscription } from './subscription.entity';
import { ChannelType, Frequency, SubscriptionStatus } from './subscription-enums';
import { AlertsActor, CreatedSubscriptionView, subscriptionView, SubscriptionView } from './subscription-views';
import { SubscriptionsRepository } from './subscriptions.repository';
import { compileTarget } from './target-resolver';
import { normalizeDocumentType } from './target-keys';

@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly cases: CasesService,
    private readonly repository: SubscriptionsRepository,
  ) {}

  async create(body: CreateSubscriptionBody, actor: AlertsActor): Promise<CreatedSubscriptionView> {
    const channel = await this.checkChannel(body.channel);
    const frequency = body.frequency ?? Frequency.Realtime;
    const secret = channel.type === ChannelType.Webhook ? newWebhookSecret() : null;
    const feedToken = newFeedToken();
    const saved = await this.dataSource.transaction(async (manager) => {
      const compiled = await compileTarget(manager, this.cases, body.target);
      const max = await this.repository.latestEventId(manager);
      return manager.getRepository(AlertSubscription).save(
        manager.getRepository(AlertSubscription).create({
          ...compiled,
          ownerKeyId: actor.keyId,
          eventTypes: unique(body.eventTypes ?? []),
          includeDocumentTypes: unique((body.includeDocumentTypes ?? []).map(normalizeDocumentType)),
          excludeDocumentTypes: unique((body.excludeDocumentTypes ?? []).map(normalizeDocumentType)),
          channel: channel.type,
          webhookUrl: channel.url,
          email: channel.email,
          secret,
          feedTokenHash: feedTokenHash(feedToken),
          frequency,
          status: SubscriptionStatus.Active,
          note: body.note ?? null,
          tags: unique(body.tags ?? []),
          startsAfterEventId: max,
          nextDigestAt: isDigestFrequency(frequency) ? nextDigestBoundary(frequency, new Date()) : null,
        }),
      );
    });
    return { ...this.view(await this.load(saved.id, actor)), secret, feedToken };
  }

  async list(query: ListSubscriptionsQuery, actor: AlertsActor): Promise<Page<SubscriptionView>> {
    const limit = pageLimit(query);
    const qb = this.dataSource.getRepository(AlertSubscription).createQueryBuilder('s');
    if (!actor.admin) qb.andWhere('s.owner_key_id IS NOT DISTINCT FROM :owner', { owner: actor.keyId });
    if (query.status) qb.andWhere('s.status = :status', { status: query.status });
    if (query.targetType) qb.andWhere('s.target_type = :targetType', { targetType: query.targetType });
    if (query.tag) qb.andWhere(':tag = ANY(s.tags)', { tag: query.tag });
    if (query.cursor) {
      const { c, i } = decodeCursor(query.cursor, { c: 'timestamp', i: 'uuid' });
      qb.andWhere('(s.created_at, s.id) < (:c::timestamptz, :i::uuid)', { c, i });
    }
    const rows = await qb
      .orderBy('s.created_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (last) => ({ c: last.createdAt.toISOString(), i: last.id }));
    return { items: page.items.map((s) => this.view(s)), nextCursor: page.nextCursor };
  }

  async get(id: string, actor: AlertsActor): Promise<SubscriptionView> {
    return this.view(await this.load(id, actor));
  }

  /** Pause or resume (a failing subscription resumes too: its held deliveries go out, in order). */
  async update(id: string, body: UpdateSubscriptionBody, actor: AlertsActor): Promise<SubscriptionView> {
    const subscription = await this.load(id, actor);
    await this.dataSource.transaction(async (manager) => {
      const changes: Partial<Omit<AlertSubscription, 'target'>> = {};
      if (body.note !== undefined) changes.note = body.note;
      if (body.tags !== undefined) changes.tags = unique(body.tags);
      if (body.eventTypes !== undefined) changes.eventTypes = unique(body.eventTypes);
      if (body.includeDocumentTypes !== undefined)
        changes.includeDocumentTypes = unique(body.includeDocumentTypes.map(normalizeDocumentType));
      if (body.excludeDocumentTypes !== undefined)
        changes.excludeDocumentTypes = unique(body.excludeDocumentTypes.map(normalizeDocumentType));
      if (body.status !== undefined && body.status !== subscription.status) {
        changes.status = body.status;
        changes.statusReason = null;
        changes.failingSince = null;
      }
      if (Object.keys(changes).length > 0) await manager.update(AlertSubscription, { id }, changes);
      if (changes.status === SubscriptionStatus.Active) await this.wake(manager, id);
    });
    return this.get(id, actor);
  }

  async remove(id: string, actor: AlertsActor): Promise<void> {
    await this.load(id, actor);
    await this.dataSource.getRepository(AlertSubscription).delete({ id });
  }

  /** A new webhook secret, shown once; the previous one keeps signing (as a second v1) during the grace period. */
  async rotateSecret(
    id: string,
    body: RotateSecretBody,
    actor: AlertsActor,
  ): Promise<{ secret: string; previousSecretExpiresAt: string | null }> {
    const subscription = await this.load(id, actor);
    if (subscription.channel !== ChannelType.Webhook) {
      throw new AlertsError(AlertsErrorCode.InvalidSubscription, 'Only webhook subscriptions have a signing secret.', {
        channel: subscription.channel,
      });
    }
    const graceSeconds = body.graceSeconds ?? this.config.alerts.secretGraceSeconds;
    const secret = newWebhookSecret();
    const expiresAt = graceSeconds > 0 ? new Date(Date.now() + graceSeconds * 1000) : null;
    await this.dataSource
      .getRepository(AlertSubscription)
      .update(
        { id },
        { secret, previousSecret: expiresAt ? subscription.secret : null, previousSecretExpiresAt: expiresAt },
      );
    return { secret, previousSecretExpiresAt: expiresAt?.toISOString() ?? null };
  }

  /** A new feed read token, shown once; the old one stops working at once. */
  async rotateFeedToken(id: string, actor: AlertsActor): Promise<{ feedToken: string; feedUrl: string }> {
    await this.load(id, actor);
    const feedToken = newFeedToken();
    await this.dataSource.getRepository(AlertSubscription).update({ id }, { feedTokenHash: feedTokenHash(feedToken) });
    return { feedToken, feedUrl: `${this.config.alerts.publicUrl}/api/v1/subscriptions/${id}/feed.atom` };
  }

  /** Loads a subscription the actor may see, or throws `subscription_not_found`. */
  async load(id: string, actor: AlertsActor): Promise<AlertSubscription> {
    const found = isUuid(id) ? await this.dataSource.getRepository(AlertSubscription).findOneBy({ id }) : null;
    if (!found || (!actor.admin && found.ownerKeyId !== actor.keyId)) {
      throw new AlertsError(AlertsErrorCode.SubscriptionNotFound, `No subscription ${id}.`, { subscription: id });
    }
    return found;
  }

  view(subscription: AlertSubscription): SubscriptionView {
    return subscriptionView(subscription, this.config.alerts.publicUrl);
  }

  /** Enqueues a send job for the subscription's lane (after a resume or a replay). */
  async wake(manager: EntityManager, subscriptionId: string): Promise<void> {
    await this.jobs.sendMany(JobName.AlertsDeliver, [{ subscriptionId }], { manager });
  }

  private async checkChannel(
    channel: SubscriptionChannelBody,
  ): Promise<{ type: ChannelType; url: string | null; email: string | null }> {
    const invalid = (message: string, field: string) =>
      new AlertsError(AlertsErrorCode.InvalidSubscription, message, { field });
    switch (channel.type) {
      case ChannelType.Webhook: {
        if (!channel.url) throw invalid('A webhook channel needs a url.', 'channel.url');
        if (channel.email !== undefined) throw invalid('A webhook channel takes no email.', 'channel.email');
        await this.checkWebhookUrl(channel.url);
        return { type: channel.type, url: channel.url, email: null };
      }
      case ChannelType.Email: {
        if (!channel.email) throw invalid('An email channel needs an email address.', 'channel.email');
        if (channel.url !== undefined) throw invalid('An email channel takes no url.', 'channel.url');
        if (!this.config.alerts.smtpUrl) {
          throw new AlertsError(
            AlertsErrorCode.EmailNotConfigured,
            'Email alerts need SMTP_URL to be set on the server.',
          );
        }
        return { type: channel.type, url: null, email: channel.email.trim() };
      }
      case ChannelType.Feed:
        if (channel.url !== undefined || channel.email !== undefined)
          throw invalid('A feed channel takes no url or email.', 'channel');
        return { type: channel.type, url: null, email: null };
    }
  }

  private async checkWebhookUrl(url: string): Promise<void> {
    try {
      await assertPublicTarget(url, { allowPrivate: this.config.allowPrivateTargets });
    } catch (error) {
      if (error instanceof NetError && error.code === NetErrorCode.TargetNotAllowed) {
        throw new AlertsError(AlertsErrorCode.WebhookTargetNotAllowed, error.message, error.details);
      }
      if (error instanceof NetError)
        throw new AlertsError(AlertsErrorCode.InvalidSubscription, error.message, {
          field: 'channel.url',
          ...error.details,
        });
      throw error;
    }
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
