import { LocalHttpServer, startLocalHttpServer, testConfig } from '@casetrail/testing';
import { AlertSubscription } from '../subscriptions/subscription.entity';
import { AlertDelivery } from './delivery.entity';
import { AttemptOutcome } from './delivery-enums';
import { WebhookSender } from './webhook-sender';

/** How each outcome of the guarded fetch becomes an attempt's outcome, against a real receiver on 127.0.0.1. */
describe('WebhookSender', () => {
  let server: LocalHttpServer;
  let base: string;

  beforeAll(async () => {
    server = await startLocalHttpServer((req, res) => {
      req.resume();
      req.on('end', () => {
        switch (req.url ?? '') {
          case '/ok-large':
            res.writeHead(200, { 'content-type': 'text/plain' }).end('k'.repeat(50_000));
            return;
          case '/error-large':
            res.writeHead(500, { 'content-type': 'text/plain' }).end('e'.repeat(50_000));
            return;
          case '/moved':
            res.writeHead(302, { location: '/ok-large' }).end();
            return;
          case '/hang':
            return;
          default:
            res.writeHead(404).end();
        }
      });
    });
    base = server.url;
  });

  afterAll(() => server.close());

  const sender = (allowPrivateTargets: boolean): WebhookSender => {
    const config = testConfig({ allowPrivateTargets });
    return new WebhookSender({ ...config, alerts: { ...config.alerts, timeoutMs: 300 } });
  };
  const delivery = Object.assign(new AlertDelivery(), {
    id: '7f0c4c36-6a8e-4a38-9d1d-3f1b1f6a9a01',
    type: 'subscription.test',
    createdAt: new Date('2026-01-01T00:00:00Z'),
    subscriptionId: '0d9e3a4c-1c51-4d6c-9f0c-2f3a7c0e9b10',
    sequence: '1',
    data: {},
  });
  const to = (path: string): AlertSubscription =>
    Object.assign(new AlertSubscription(), {
      webhookUrl: `${base}${path}`,
      secret: 'whsec_test',
      previousSecret: null,
      previousSecretExpiresAt: null,
    });

  it('succeeds on a 2xx however large its body', async () => {
    expect(await sender(true).send(delivery, to('/ok-large'))).toMatchObject({
      outcome: AttemptOutcome.Succeeded,
      statusCode: 200,
      error: null,
    });
  });

  it('fails on an error status, keeping an excerpt of the answer', async () => {
    const result = await sender(true).send(delivery, to('/error-large'));
    expect(result).toMatchObject({ outcome: AttemptOutcome.Failed, statusCode: 500 });
    expect(result.error).toBe(`HTTP 500: ${'e'.repeat(300)}`);
  });

  it('does not follow a redirect', async () => {
    expect(await sender(true).send(delivery, to('/moved'))).toMatchObject({
      outcome: AttemptOutcome.Failed,
      statusCode: 302,
      error: 'HTTP 302 (redirects are not followed)',
    });
  });

  it('counts a timeout as a failure to retry, not a refusal', async () => {
    const result = await sender(true).send(delivery, to('/hang'));
    expect(result).toMatchObject({ outcome: AttemptOutcome.Failed, statusCode: null });
    expect(result.error).toMatch(/within 300 ms/);
  });

  it("counts the SSRF guard's decision as a refusal", async () => {
    const result = await sender(false).send(delivery, to('/ok-large'));
    expect(result).toMatchObject({ outcome: AttemptOutcome.Refused, statusCode: null });
    expect(result.error).toContain('loopback');
  });
});
