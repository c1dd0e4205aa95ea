import { waitFor, WebhookReceiver } from '@casetrail/testing';
import { ADMIN, AlertsKit, createAlertsKit } from '../testing/alerts-test-kit';
import { DeliveriesService } from './deliveries/deliveries.service';
import { DeliveryStatus } from './deliveries/delivery-enums';
import { AlertsSweeper } from './jobs/alerts-sweeper';
import { ChannelType, SubscriptionStatus, TargetType } from './subscriptions/subscription-enums';
import { SubscriptionsService } from './subscriptions/subscriptions.service';

describe('alerts recovery: spent retries, resume, replay, lost match jobs (PostgreSQL)', () => {
  let kit: AlertsKit;
  let receiver: WebhookReceiver;
  let subscriptions: SubscriptionsService;

  beforeAll(async () => {
    kit = await createAlertsKit({ alerts: { retryScheduleMs: [200, 200] } });
    receiver = await WebhookReceiver.start();
    subscriptions = kit.ctx.app.get(SubscriptionsService);
  });

  afterAll(async () => {
    await kit.close();
    await receiver.stop();
  });

  it('marks the subscription failing when retries are spent, holds later deliveries, and resumes and replays on request', async () => {
    receiver.reply = (r) => (r.path === '/down' ? 500 : 200);
    const sub = await subscriptions.create(
      {
        target: { type: TargetType.Case, case: 'andersen-v-stability-ai' },
        channel: { type: ChannelType.Webhook, url: receiver.url('/down') },
      },
      ADMIN,
    );
    const caseId = (await kit.caseBySlug('andersen-v-stability-ai')).id;
    await kit.recordDocument(caseId, { title: 'First', documentType: 'order' });
    const failing = await waitFor(
      async () => {
        const view = await subscriptions.get(sub.id, ADMIN);
        return view.status === SubscriptionStatus.Failing ? view : null;
      },
      { message: 'the subscription was never marked failing' },
    );
    expect(failing.statusReason).toContain('failed 3 times');
    const [first] = await kit.deliveriesOf(sub.id);
    expect(first).toMatchObject({ status: DeliveryStatus.Failed, attemptCount: 3 });
    expect(receiver.to('/down')).toHaveLength(3);

    // Matching goes on while failing; sending waits.
    const second = await kit.recordDocument(caseId, { title: 'Second', documentType: 'order' });
    await waitFor(() => kit.isProcessed(second.id), { message: 'the second event was never matched' });
    expect((await kit.deliveriesOf(sub.id)).map((d) => d.status)).toEqual([
      DeliveryStatus.Failed,
      DeliveryStatus.Pending,
    ]);

    receiver.reply = () => 200;
    await subscriptions.update(sub.id, { status: SubscriptionStatus.Active }, ADMIN);
    await waitFor(async () => (await kit.deliveriesOf(sub.id))[1]?.status === DeliveryStatus.Delivered, {
      message: 'the held delivery was not sent after resuming',
    });
    expect((await kit.deliveriesOf(sub.id))[0].status).toBe(DeliveryStatus.Failed);

    const replayed = await kit.ctx.app.get(DeliveriesService).replay(first.id, ADMIN);
    expect(replayed.status).toBe(DeliveryStatus.Pending);
    await waitFor(async () => (await kit.deliveriesOf(sub.id))[0]?.status === DeliveryStatus.Delivered, {
      message: 'the replayed delivery was not sent',
    });
    const keys = receiver.to('/down').map((r) => String(r.headers['idempotency-key']));
    expect(keys.filter((k) => k === first.id)).toHaveLength(4);
  });

  it('does not match or send while paused, and picks up again after resuming', async () => {
    const sub = await subscriptions.create(
      {
        target: { type: TargetType.Case, case: 'doe-v-github' },
        channel: { type: ChannelType.Webhook, url: receiver.url('/paused') },
      },
      ADMIN,
    );
    await subscriptions.update(sub.id, { status: SubscriptionStatus.Paused }, ADMIN);
    const caseId = (await kit.caseBySlug('doe-v-github')).id;
    const duringPause = await kit.recordDocument(caseId, { title: 'During the pause', documentType: 'order' });
    await waitFor(() => kit.isProcessed(duringPause.id), { message: 'the event was never processed' });
    await subscriptions.update(sub.id, { status: SubscriptionStatus.Active }, ADMIN);
    await kit.recordDocument(caseId, { title: 'After the pause', documentType: 'order' });
    await waitFor(async () => (await kit.deliveriesOf(sub.id))[0]?.status === DeliveryStatus.Delivered, {
      message: 'no delivery after resuming',
    });
    expect(
      (await kit.deliveriesOf(sub.id)).map(
        (d) => (d.data as { event: { payload: { title: string } } }).event.payload.title,
      ),
    ).toEqual(['After the pause']);
  });

  it('matches an event whose match job never existed, from the consumer position', async () => {
    const sub = await subscriptions.create(
      {
        target: { type: TargetType.Case, case: 'dow-jones-v-perplexity' },
        channel: { type: ChannelType.Webhook, url: receiver.url('/lost') },
      },
      ADMIN,
    );
    const caseId = (await kit.caseBySlug('dow-jones-v-perplexity')).id;
    // Written past EventsService, so no listener enqueues its match job: only the sweep can find it.
    const [{ id }] = (await kit.dataSource.query(
      `INSERT INTO domain_events (type, case_id, subject_id, payload) VALUES ('document.created', $1, 'lost-doc', $2) RETURNING id`,
      [
        caseId,
        JSON.stringify({
          documentId: 'lost-doc',
          caseId,
          title: 'Complaint',
          documentType: 'complaint',
          filedOn: '2024-10-21',
          entryNumber: '1',
          pageCount: 1,
        }),
      ],
    )) as { id: string }[];
    const sweeper = kit.ctx.app.get(AlertsSweeper);
    await waitFor(async () => (await sweeper.recoverMissedEvents(0)) > 0 || kit.isProcessed(id), {
      message: 'the sweep never matched the lost event',
    });
    await waitFor(async () => (await kit.deliveriesOf(sub.id))[0]?.status === DeliveryStatus.Delivered, {
      message: 'the recovered event was not delivered',
    });
    expect(receiver.to('/lost')).toHaveLength(1);
  });

  it('sends a test delivery through the channel', async () => {
    const sub = await subscriptions.create(
      {
        target: { type: TargetType.Citation, key: '17 U.S.C. § 107' },
        channel: { type: ChannelType.Webhook, url: receiver.url('/test') },
      },
      ADMIN,
    );
    const test = await kit.ctx.app.get(DeliveriesService).sendTest(sub.id, ADMIN);
    expect(test).toMatchObject({ kind: 'test', type: 'subscription.test', sequence: 1 });
    await waitFor(() => receiver.to('/test').length === 1, { message: 'the test delivery never arrived' });
    expect(JSON.parse(receiver.to('/test')[0].rawBody)).toMatchObject({
      type: 'subscription.test',
      subscriptionId: sub.id,
      sequence: 1,
    });
  });
});
