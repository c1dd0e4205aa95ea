import { SmtpSink, waitFor } from '@casetrail/testing';
import { ADMIN, AlertsKit, createAlertsKit } from '../testing/alerts-test-kit';
import { DeliveryStatus } from './deliveries/delivery-enums';
import { DigestBuilder } from './deliveries/digest-builder';
import { AlertsError, AlertsErrorCode } from './alerts-error';
import { FeedService } from './feed/feed.service';
import { ChannelType, Frequency, TargetType } from './subscriptions/subscription-enums';
import { SubscriptionsService } from './subscriptions/subscriptions.service';

describe('email alerts through a real SMTP server, digests and the Atom feed (PostgreSQL)', () => {
  let kit: AlertsKit;
  let smtp: SmtpSink;
  let subscriptions: SubscriptionsService;

  beforeAll(async () => {
    smtp = await SmtpSink.start();
    kit = await createAlertsKit({ alerts: { smtpUrl: smtp.url, retryScheduleMs: [300, 300, 300] } });
    subscriptions = kit.ctx.app.get(SubscriptionsService);
  });

  afterAll(async () => {
    await kit.close();
    await smtp.stop();
  });

  const mailTo = (address: string) =>
    smtp.messages.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((to) => to?.text.includes(address)));

  it('emails one alert per matching filing', async () => {
    const sub = await subscriptions.create(
      {
        target: { type: TargetType.Case, case: 'concord-music-v-anthropic' },
        channel: { type: ChannelType.Email, email: 'counsel@example.org' },
      },
      ADMIN,
    );
    expect(sub.secret).toBeNull();
    const caseId = (await kit.caseBySlug('concord-music-v-anthropic')).id;
    await kit.recordDocument(caseId, {
      title: 'Order Granting Preliminary Injunction in Part',
      documentType: 'order',
      entryNumber: '314',
    });
    const [delivery] = await waitFor(
      async () => {
        const deliveries = await kit.deliveriesOf(sub.id);
        return deliveries[0]?.status === DeliveryStatus.Delivered ? deliveries : null;
      },
      { message: 'the email delivery was never delivered' },
    );
    const mails = mailTo('counsel@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe(
      'New filing: Order Granting Preliminary Injunction in Part — Concord Music v. Anthropic',
    );
    expect(mails[0].messageId).toBe(`<${delivery.id}@casetrail>`);
    expect(mails[0].headers.get('x-casetrail-sequence')).toBe('1');
    expect(mails[0].text).toContain('/api/v1/cases/concord-music-v-anthropic');
    expect(mails[0].text).toContain('entryNumber: 314');
  });

  it('sends one daily digest per period, grouping the events by case', async () => {
    const sub = await subscriptions.create(
      {
        target: { type: TargetType.Judge, name: 'Sidney H. Stein' },
        channel: { type: ChannelType.Email, email: 'desk@example.org' },
        frequency: Frequency.Daily,
      },
      ADMIN,
    );
    expect(sub.nextDigestAt).not.toBeNull();
    const nyt = (await kit.caseBySlug('nyt-v-microsoft-openai')).id;
    const guild = (await kit.caseBySlug('authors-guild-v-openai')).id;
    const events = [
      await kit.recordDocument(nyt, { title: 'Opinion and Order', documentType: 'opinion' }),
      await kit.recordDocument(guild, { title: 'Stipulation', documentType: 'stipulation' }),
      await kit.recordDocketEntry(nyt, {
        entryNumber: 612,
        description: 'ORDER scheduling a status conference',
        entryType: 'order',
      }),
    ];
    for (const event of events)
      await waitFor(() => kit.isProcessed(event.id), { message: `event ${event.id} was never matched` });
    expect(await kit.deliveriesOf(sub.id)).toHaveLength(0);

    const builder = kit.ctx.app.get(DigestBuilder);
    const afterPeriod = new Date(Date.parse(sub.nextDigestAt ?? '') + 1000);
    expect(await builder.buildDue(afterPeriod)).toBeGreaterThanOrEqual(1);
    expect(await builder.buildDue(afterPeriod)).toBe(0);

    const [digest] = await waitFor(
      async () => {
        const deliveries = await kit.deliveriesOf(sub.id);
        return deliveries[0]?.status === DeliveryStatus.Delivered ? deliveries : null;
      },
      { message: 'the digest was never delivered' },
    );
    expect(digest).toMatchObject({ kind: 'digest', type: 'digest.daily', sequence: '1' });
    const data = digest.data as { eventCount: number; cases: { case: { slug: string }; events: unknown[] }[] };
    expect(data.eventCount).toBe(3);
    expect(data.cases.map((g) => [g.case.slug, g.events.length])).toEqual([
      ['nyt-v-microsoft-openai', 2],
      ['authors-guild-v-openai', 1],
    ]);
    const mails = mailTo('desk@example.org');
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe('Casetrail daily digest: 3 updates in 2 groups');
    expect(mails[0].text).toMatch(
      /^NYT v. Microsoft & OpenAI\n- New filing: Opinion and Order[\s\S]*Docket entry 612[\s\S]*\nAuthors Guild v. OpenAI\n- New filing: Stipulation/m,
    );
  });

  it('serves an Atom feed with the subscription token, and nothing without it', async () => {
    const sub = await subscriptions.create(
      { target: { type: TargetType.Party, name: 'Getty Images (US), Inc.' }, channel: { type: ChannelType.Feed } },
      ADMIN,
    );
    const caseId = (await kit.caseBySlug('getty-images-v-stability-ai-ded')).id;
    await kit.recordDocument(caseId, { title: 'Amended Complaint', documentType: 'amended_complaint' });
    const [delivery] = await waitFor(
      async () => {
        const deliveries = await kit.deliveriesOf(sub.id);
        return deliveries.length === 1 ? deliveries : null;
      },
      { message: 'no feed delivery was written' },
    );
    expect(delivery.status).toBe(DeliveryStatus.Delivered);

    const feed = kit.ctx.app.get(FeedService);
    const xml = await feed.atom(sub.id, sub.feedToken);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(xml).toContain(`<id>urn:casetrail:delivery:${delivery.id}</id>`);
    expect(xml).toContain('New filing: Amended Complaint');
    await expect(feed.atom(sub.id, 'feed_wrong')).rejects.toMatchObject({ code: AlertsErrorCode.InvalidFeedToken });
    await expect(feed.atom(sub.id, undefined)).rejects.toBeInstanceOf(AlertsError);
  });
});
