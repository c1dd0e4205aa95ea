import { waitFor, WebhookReceiver } from '@casetrail/testing';
import { ADMIN, AlertsKit, createAlertsKit } from '../testing/alerts-test-kit';
import { AlertDeliveryAttempt } from './deliveries/delivery-attempt.entity';
import { AlertDelivery } from './deliveries/delivery.entity';
import { AttemptOutcome, DeliveryStatus } from './deliveries/delivery-enums';
import { DeliveryDispatcher } from './deliveries/delivery-dispatcher';
import { verifySignature } from './deliveries/signature';
import { AlertMatcher } from './matching/alert-matcher';
import { ChannelType, TargetType } from './subscriptions/subscription-enums';
import { SubscriptionsService } from './subscriptions/subscriptions.service';

interface WebhookBody {
  id: string;
  type: string;
  createdAt: string;
  subscriptionId: string;
  sequence: number;
  data: { event: { type: string; payload: Record<string, unknown> }; case: { slug: string } | null };
}

const parse = (raw: string) => JSON.parse(raw) as WebhookBody;

describe('webhook alerts end to end (PostgreSQL, a real receiver on 127.0.0.1)', () => {
  let kit: AlertsKit;
  let receiver: WebhookReceiver;
  let subscriptions: SubscriptionsService;
  let nytId: string;

  beforeAll(async () => {
    // Retries every 300 ms (the real schedule spans more than 48 h).
    kit = await createAlertsKit({ alerts: { retryScheduleMs: Array.from({ length: 30 }, () => 300) } });
    receiver = await WebhookReceiver.start();
    subscriptions = kit.ctx.app.get(SubscriptionsService);
    nytId = (await kit.caseBySlug('nyt-v-microsoft-openai')).id;
  });

  afterAll(async () => {
    await kit.close();
    await receiver.stop();
  });

  const webhookTo = (path: string) => ({ type: ChannelType.Webhook, url: receiver.url(path) });

  async function deliveredAll(subscriptionId: string, count: number, message: string): Promise<AlertDelivery[]> {
    return waitFor(
      async () => {
        const deliveries = await kit.deliveriesOf(subscriptionId);
        return deliveries.length === count && deliveries.every((d) => d.status === DeliveryStatus.Delivered)
          ? deliveries
          : null;
      },
      { message },
    );
  }

  it('delivers one signed webhook for a filing in a followed case, which the receiver verifies', async () => {
    const created = await subscriptions.create(
      { target: { type: TargetType.Case, case: 'nyt-v-microsoft-openai' }, channel: webhookTo('/followed') },
      ADMIN,
    );
    expect(created.secret).toMatch(/^whsec_/);
    const event = await kit.recordDocument(nytId, {
      title: 'Opinion and Order on the Motion to Dismiss',
      documentType: 'opinion',
      entryNumber: '485',
      pages: ['The motion is granted in part.'],
    });

    const [delivery] = await deliveredAll(created.id, 1, 'the followed case delivery was never delivered');
    const requests = receiver.to('/followed');
    expect(requests).toHaveLength(1);
    const [request] = requests;
    const signature = String(request.headers['casetrail-signature']);
    expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifySignature(signature, request.rawBody, created.secret ?? '')).toBe(true);
    expect(verifySignature(signature, request.rawBody, 'whsec_someone-else')).toBe(false);

    const body = parse(request.rawBody);
    expect(body).toMatchObject({ id: delivery.id, type: 'document.created', subscriptionId: created.id, sequence: 1 });
    expect(Object.keys(body)).toEqual(['id', 'type', 'createdAt', 'subscriptionId', 'sequence', 'data']);
    expect(request.headers['idempotency-key']).toBe(body.id);
    expect(request.headers['content-type']).toBe('application/json');
    expect(body.data.case?.slug).toBe('nyt-v-microsoft-openai');
    expect(body.data.event.payload).toMatchObject({
      title: 'Opinion and Order on the Motion to Dismiss',
      entryNumber: '485',
    });
    expect(body.data.event.payload).not.toHaveProperty('pages');
    expect(delivery.eventId).toBe(event.id);

    const attempts = await kit.dataSource.getRepository(AlertDeliveryAttempt).findBy({ deliveryId: delivery.id });
    expect(attempts).toEqual([
      expect.objectContaining({ number: 1, outcome: AttemptOutcome.Succeeded, statusCode: 200, error: null }),
    ]);
    expect(attempts[0].durationMs).toBeGreaterThanOrEqual(0);
  });

  it('fires a search subscription only for filings whose text matches', async () => {
    const sub = await subscriptions.create(
      {
        target: { type: TargetType.Search, q: '"fair use" training', filters: { kind: 'filing' as never } },
        channel: webhookTo('/search'),
      },
      ADMIN,
    );
    const matching = await kit.recordDocument(nytId, {
      title: 'Memorandum of Law',
      documentType: 'motion',
      pages: ['Background facts.', 'Defendants argue that copying for training is fair use under 17 U.S.C. § 107.'],
    });
    const unrelated = await kit.recordDocument(nytId, {
      title: 'Letter',
      documentType: 'letter',
      pages: ['A request to adjourn the conference on personal jurisdiction.'],
    });
    const halfMatching = await kit.recordDocument(nytId, {
      title: 'Notice',
      documentType: 'notice',
      pages: ['The parties met about training schedules.'],
    });

    await waitFor(async () => (await kit.isProcessed(unrelated.id)) && (await kit.isProcessed(halfMatching.id)), {
      message: 'the events were never matched',
    });
    const [delivery] = await deliveredAll(sub.id, 1, 'the matching filing was not delivered');
    expect(delivery.eventId).toBe(matching.id);
    expect(receiver.to('/search').map((r) => parse(r.rawBody).data.event.payload['title'])).toEqual([
      'Memorandum of Law',
    ]);
  });

  it('does not fire for an excluded document type, and honours include lists', async () => {
    const excluding = await subscriptions.create(
      {
        target: { type: TargetType.Case, case: nytId },
        channel: webhookTo('/exclude'),
        excludeDocumentTypes: ['certificate_of_service'],
      },
      ADMIN,
    );
    const including = await subscriptions.create(
      {
        target: { type: TargetType.Case, case: nytId },
        channel: webhookTo('/include'),
        includeDocumentTypes: ['order', 'opinion'],
      },
      ADMIN,
    );
    const certificate = await kit.recordDocument(nytId, {
      title: 'Certificate of Service',
      documentType: 'certificate_of_service',
    });
    const order = await kit.recordDocument(nytId, { title: 'Order', documentType: 'order' });
    const entry = await kit.recordDocketEntry(nytId, {
      entryNumber: 501,
      description: 'CERTIFICATE OF SERVICE',
      entryType: 'certificate_of_service',
    });

    await waitFor(async () => (await kit.isProcessed(certificate.id)) && (await kit.isProcessed(entry.id)), {
      message: 'the events were never matched',
    });
    const excluded = await deliveredAll(excluding.id, 1, 'the order was not delivered to the excluding subscription');
    expect(excluded.map((d) => d.eventId)).toEqual([order.id]);
    const included = await deliveredAll(including.id, 1, 'the order was not delivered to the including subscription');
    expect(included.map((d) => d.eventId)).toEqual([order.id]);
  });

  it('keeps every event while the receiver is down, then delivers each once, in sequence order', async () => {
    const sub = await subscriptions.create(
      { target: { type: TargetType.Case, case: 'authors-guild-v-openai' }, channel: webhookTo('/flaky') },
      ADMIN,
    );
    const caseId = (await kit.caseBySlug('authors-guild-v-openai')).id;
    await receiver.down();
    const recorded = [];
    for (let i = 1; i <= 5; i += 1)
      recorded.push(await kit.recordDocument(caseId, { title: `Filing ${i}`, documentType: 'letter' }));

    // Several failed attempts of the head delivery, while the others wait behind it.
    await waitFor(
      async () => {
        const [head] = await kit.deliveriesOf(sub.id);
        return head && head.attemptCount >= 3;
      },
      { message: 'the head delivery was not retried three times' },
    );
    const whileDown = await kit.deliveriesOf(sub.id);
    expect(whileDown).toHaveLength(5);
    expect(whileDown.every((d) => d.status === DeliveryStatus.Pending)).toBe(true);
    expect(whileDown.slice(1).every((d) => d.attemptCount === 0)).toBe(true);
    await receiver.up();

    const deliveries = await deliveredAll(sub.id, 5, 'not every delivery arrived after the receiver came back');
    const requests = receiver.to('/flaky');
    const firstSeen = new Map<string, WebhookBody>();
    for (const request of requests)
      if (!firstSeen.has(String(request.headers['idempotency-key'])))
        firstSeen.set(String(request.headers['idempotency-key']), parse(request.rawBody));
    expect(firstSeen.size).toBe(5);
    expect([...firstSeen.values()].map((b) => b.sequence)).toEqual([1, 2, 3, 4, 5]);
    // Sequence numbers are given at match time; events matched by concurrent jobs may take them in any order.
    expect([...firstSeen.values()].map((b) => b.data.event.payload['title']).sort()).toEqual([
      'Filing 1',
      'Filing 2',
      'Filing 3',
      'Filing 4',
      'Filing 5',
    ]);
    expect(deliveries.map((d) => d.eventId).sort()).toEqual(recorded.map((e) => e.id).sort());

    const headAttempts = await kit.dataSource
      .getRepository(AlertDeliveryAttempt)
      .find({ where: { deliveryId: deliveries[0].id }, order: { number: 'ASC' } });
    expect(headAttempts.length).toBeGreaterThanOrEqual(4);
    expect(
      headAttempts
        .slice(0, -1)
        .every(
          (a) => a.outcome === AttemptOutcome.Failed && a.statusCode === null && /ECONNREFUSED/.test(a.error ?? ''),
        ),
    ).toBe(true);
    expect(headAttempts.at(-1)).toMatchObject({ outcome: AttemptOutcome.Succeeded, statusCode: 200 });
  });

  it('retries a 5xx answer and records its status code', async () => {
    let failures = 2;
    receiver.reply = (request) => (request.path === '/busy' && failures-- > 0 ? 503 : 200);
    try {
      const sub = await subscriptions.create(
        { target: { type: TargetType.Case, case: 'kadrey-v-meta' }, channel: webhookTo('/busy') },
        ADMIN,
      );
      await kit.recordDocument((await kit.caseBySlug('kadrey-v-meta')).id, { title: 'Order', documentType: 'order' });
      const [delivery] = await deliveredAll(sub.id, 1, 'the delivery never succeeded after the 503s');
      const attempts = await kit.dataSource
        .getRepository(AlertDeliveryAttempt)
        .find({ where: { deliveryId: delivery.id }, order: { number: 'ASC' } });
      expect(attempts.map((a) => [a.outcome, a.statusCode])).toEqual([
        [AttemptOutcome.Failed, 503],
        [AttemptOutcome.Failed, 503],
        [AttemptOutcome.Succeeded, 200],
      ]);
      expect(attempts[0].error).toContain('HTTP 503');
    } finally {
      receiver.reply = () => 200;
    }
  });

  it('signs with both secrets during a rotation grace period', async () => {
    const sub = await subscriptions.create(
      { target: { type: TargetType.Case, case: 'bartz-v-anthropic' }, channel: webhookTo('/rotated') },
      ADMIN,
    );
    const rotated = await subscriptions.rotateSecret(sub.id, { graceSeconds: 3600 }, ADMIN);
    expect(rotated.secret).not.toBe(sub.secret);
    await kit.recordDocument((await kit.caseBySlug('bartz-v-anthropic')).id, { title: 'Order', documentType: 'order' });
    await deliveredAll(sub.id, 1, 'the delivery after rotation never arrived');
    const [request] = receiver.to('/rotated');
    const header = String(request.headers['casetrail-signature']);
    expect(header.match(/v1=/g)).toHaveLength(2);
    expect(verifySignature(header, request.rawBody, rotated.secret)).toBe(true);
    expect(verifySignature(header, request.rawBody, sub.secret ?? '')).toBe(true);
  });

  it('refuses at send time a webhook whose target became private, without connecting', async () => {
    const sub = await subscriptions.create(
      { target: { type: TargetType.Case, case: 'thomson-reuters-v-ross' }, channel: webhookTo('/ssrf') },
      ADMIN,
    );
    kit.ctx.config.allowPrivateTargets = false;
    try {
      await kit.recordDocument((await kit.caseBySlug('thomson-reuters-v-ross')).id, {
        title: 'Order',
        documentType: 'order',
      });
      const attempt = await waitFor(
        () =>
          kit.dataSource
            .getRepository(AlertDeliveryAttempt)
            .findOne({ where: { delivery: { subscriptionId: sub.id } }, relations: { delivery: true } }),
        { message: 'no attempt was made' },
      );
      await waitFor(
        async () => (await kit.dataSource.getRepository(AlertDeliveryAttempt).findOneBy({ id: attempt.id }))?.outcome,
        { message: 'the attempt never finished' },
      );
      const finished = await kit.dataSource.getRepository(AlertDeliveryAttempt).findOneByOrFail({ id: attempt.id });
      expect(finished.outcome).toBe(AttemptOutcome.Refused);
      expect(finished.error).toContain('loopback');
      expect(receiver.to('/ssrf')).toHaveLength(0);
    } finally {
      kit.ctx.config.allowPrivateTargets = true;
    }
    await deliveredAll(sub.id, 1, 'the delivery did not go out once private targets were allowed again');
  });

  it('matches an event exactly once per subscription even when matchers race', async () => {
    const sub = await subscriptions.create(
      { target: { type: TargetType.Case, case: 'umg-v-suno' }, channel: webhookTo('/race') },
      ADMIN,
    );
    const matcher = kit.ctx.app.get(AlertMatcher);
    const event = await kit.recordDocument((await kit.caseBySlug('umg-v-suno')).id, {
      title: 'Order',
      documentType: 'order',
    });
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => matcher.matchEvent(event.id)));
    expect(outcomes.filter((o) => !o.skipped).length).toBeLessThanOrEqual(1);
    await deliveredAll(sub.id, 1, 'the raced event was not delivered');
    expect(receiver.to('/race')).toHaveLength(1);
  });

  it('sends each delivery once when two dispatchers work the same lane at once', async () => {
    const dispatcher = kit.ctx.app.get(DeliveryDispatcher);
    const sub = await subscriptions.create(
      { target: { type: TargetType.Case, case: 'umg-v-udio' }, channel: webhookTo('/lane') },
      ADMIN,
    );
    const caseId = (await kit.caseBySlug('umg-v-udio')).id;
    for (let i = 1; i <= 8; i += 1)
      await kit.recordDocument(caseId, { title: `Exhibit ${i}`, documentType: 'exhibit' });
    await Promise.all([dispatcher.runLane(sub.id), dispatcher.runLane(sub.id), dispatcher.runLane(sub.id)]);
    await deliveredAll(sub.id, 8, 'not all lane deliveries were delivered');
    const keys = receiver.to('/lane').map((r) => String(r.headers['idempotency-key']));
    expect(new Set(keys).size).toBe(8);
    expect(keys).toHaveLength(8);
    expect(receiver.to('/lane').map((r) => parse(r.rawBody).sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
