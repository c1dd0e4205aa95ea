import {
  AlertDelivery,
  AlertDeliveryAttempt,
  AlertsActor,
  ALERTS_ENTITIES,
  AlertsModule,
  AttemptOutcome,
  ChannelType,
  DeliveryStatus,
  SubscriptionsService,
  TargetType,
} from '@casetrail/alerts';
import { Case, CASES_ENTITIES, CasesModule, SeedService } from '@casetrail/cases';
import { CITATIONS_ENTITIES } from '@casetrail/citations';
import { DOCUMENTS_ENTITIES, DocumentsModule, DocumentsService } from '@casetrail/documents';
import { DomainEvent, DomainEventType, EventsModule, EventsService } from '@casetrail/events';
import { createTestContext, TestContext, waitFor, WebhookReceiver } from '@casetrail/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { hasExited, RunningProcess, signalProcess, startWorker as startBuiltWorker } from './processes';

const ADMIN: AlertsActor = { keyId: null, admin: true };

/**
 * Alert delivery across real worker processes (the built `apps/worker`), on one PostgreSQL: a
 * worker SIGKILLed while a webhook request is in flight loses nothing, and two workers running at
 * once send each delivery once.
 */
describe('alert delivery with worker processes', () => {
  let ctx: TestContext;
  let receiver: WebhookReceiver;
  let dataDir: string;
  const workers: RunningProcess[] = [];

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [
        EventsModule,
        CasesModule,
        AlertsModule.register({ imports: [DocumentsModule], filingTextSource: DocumentsService }),
      ],
      entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...CITATIONS_ENTITIES, DomainEvent, ...ALERTS_ENTITIES],
    });
    await ctx.app.get(SeedService).seed();
    receiver = await WebhookReceiver.start();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-workers-'));
  });

  afterAll(async () => {
    for (const worker of workers) if (!hasExited(worker)) await signalProcess(worker, 'SIGKILL');
    await ctx.close();
    await receiver.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  async function startWorker(): Promise<RunningProcess> {
    const worker = await startBuiltWorker({
      DATABASE_URL: ctx.db.url,
      CASETRAIL_DATA_DIR: dataDir,
      CASETRAIL_ALLOW_PRIVATE_TARGETS: 'true',
      CASETRAIL_ALERT_RETRY_SCHEDULE: Array.from({ length: 30 }, () => '1s').join(','),
      CASETRAIL_ALERT_TIMEOUT_MS: '2000',
      CASETRAIL_ALERT_LEASE_SECONDS: '3',
      CASETRAIL_ALERT_SWEEP_SECONDS: '1',
      LOG_LEVEL: 'info',
    });
    workers.push(worker);
    return worker;
  }

  async function recordDocuments(slug: string, titles: string[]): Promise<void> {
    const found = await ctx.app.get(DataSource).getRepository(Case).findOneByOrFail({ slug });
    const events = ctx.app.get(EventsService);
    for (const title of titles) {
      await ctx.app.get(DataSource).transaction((manager) =>
        events.record(manager, [
          {
            type: DomainEventType.DocumentCreated,
            caseId: found.id,
            subjectId: `${slug}-${title}`,
            payload: {
              documentId: `${slug}-${title}`,
              caseId: found.id,
              title,
              documentType: 'order',
              filedOn: '2025-06-02',
              entryNumber: null,
              pageCount: 1,
            },
          },
        ]),
      );
    }
  }

  const deliveriesOf = (subscriptionId: string) =>
    ctx.app
      .get(DataSource)
      .getRepository(AlertDelivery)
      .find({ where: { subscriptionId }, order: { sequence: 'ASC' } });

  async function allDelivered(subscriptionId: string, count: number, message: string): Promise<AlertDelivery[]> {
    return waitFor(
      async () => {
        const deliveries = await deliveriesOf(subscriptionId);
        return deliveries.length === count && deliveries.every((d) => d.status === DeliveryStatus.Delivered)
          ? deliveries
          : null;
      },
      { timeoutMs: 60_000, message },
    );
  }

  it('loses nothing when the worker is killed in the middle of a delivery', async () => {
    const subscriptions = ctx.app.get(SubscriptionsService);
    const sub = await subscriptions.create(
      {
        target: { type: TargetType.Case, case: 'nyt-v-microsoft-openai' },
        channel: { type: ChannelType.Webhook, url: receiver.url('/kill') },
      },
      ADMIN,
    );
    // The first request hangs: the worker is killed while it waits for the answer.
    let hung = false;
    receiver.reply = (request) => {
      if (request.path === '/kill' && !hung) {
        hung = true;
        return 'hang';
      }
      return 200;
    };
    const first = await startWorker();
    await recordDocuments('nyt-v-microsoft-openai', ['Order 1', 'Order 2', 'Order 3']);
    await waitFor(() => hung, { timeoutMs: 60_000, message: 'the first delivery never reached the receiver' });
    await signalProcess(first, 'SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');

    const inFlight = await deliveriesOf(sub.id);
    expect(inFlight.map((d) => d.status)).toEqual([
      DeliveryStatus.Pending,
      DeliveryStatus.Pending,
      DeliveryStatus.Pending,
    ]);
    const dangling = await ctx.app
      .get(DataSource)
      .getRepository(AlertDeliveryAttempt)
      .findBy({ deliveryId: inFlight[0].id });
    expect(dangling.map((a) => a.outcome)).toEqual([null]);

    await startWorker();
    const deliveries = await allDelivered(sub.id, 3, 'the deliveries were not completed after the restart');
    const requests = receiver.to('/kill');
    const keys = requests.map((r) => String(r.headers['idempotency-key']));
    const firstSeen = [...new Set(keys)];
    expect(firstSeen).toEqual(deliveries.map((d) => d.id));
    expect(firstSeen.map((key) => JSON.parse(requests[keys.indexOf(key)].rawBody).sequence)).toEqual([1, 2, 3]);
    // Only the interrupted one came twice; the receiver drops the repeat by its Idempotency-Key.
    expect(keys.filter((k) => k === deliveries[0].id)).toHaveLength(2);
    expect(keys).toHaveLength(4);
    const attempts = await ctx.app
      .get(DataSource)
      .getRepository(AlertDeliveryAttempt)
      .find({ where: { deliveryId: deliveries[0].id }, order: { number: 'ASC' } });
    expect(attempts.map((a) => a.outcome)).toEqual([AttemptOutcome.Interrupted, AttemptOutcome.Succeeded]);
  });

  it('sends each delivery once with two workers running at once', async () => {
    receiver.reply = () => 200;
    while (workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null).length < 2)
      await startWorker();
    const subscriptions = ctx.app.get(SubscriptionsService);
    const paths = ['/pair-a', '/pair-b', '/pair-c'];
    const subs = [];
    for (const p of paths) {
      subs.push(
        await subscriptions.create(
          {
            target: { type: TargetType.Judge, name: 'Sidney H. Stein' },
            channel: { type: ChannelType.Webhook, url: receiver.url(p) },
          },
          ADMIN,
        ),
      );
    }
    await recordDocuments(
      'authors-guild-v-openai',
      Array.from({ length: 6 }, (_, i) => `Guild filing ${i + 1}`),
    );
    await recordDocuments(
      'daily-news-v-microsoft-openai',
      Array.from({ length: 6 }, (_, i) => `Daily News filing ${i + 1}`),
    );
    for (const [i, sub] of subs.entries()) {
      const deliveries = await allDelivered(sub.id, 12, `subscription ${i} did not get its 12 deliveries`);
      const keys = receiver.to(paths[i]).map((r) => String(r.headers['idempotency-key']));
      expect(keys).toHaveLength(12);
      expect(new Set(keys)).toEqual(new Set(deliveries.map((d) => d.id)));
      expect(receiver.to(paths[i]).map((r) => JSON.parse(r.rawBody).sequence)).toEqual(
        Array.from({ length: 12 }, (_, n) => n + 1),
      );
    }
  });
});
