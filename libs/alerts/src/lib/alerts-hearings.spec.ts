import { Case, DocketEntriesService, DocketEntrySource, HearingsService } from '@casetrail/cases';
import { DomainEventType } from '@casetrail/events';
import { waitFor, WebhookReceiver } from '@casetrail/testing';
import { ADMIN, AlertsKit, createAlertsKit } from '../testing/alerts-test-kit';
import { verifySignature } from './deliveries/signature';
import { DeliveryStatus } from './deliveries/delivery-enums';
import { ChannelType, TargetType } from './subscriptions/subscription-enums';
import { SubscriptionsService } from './subscriptions/subscriptions.service';

interface HearingWebhook {
  type: string;
  data: {
    event: {
      type: string;
      subjectId: string;
      payload: {
        hearing: {
          id: string;
          what: string;
          date: string;
          time: string;
          timeZone: string;
          status: string;
          sequence: number;
        };
        previous?: { date: string; time: string; status: string };
        entry: { entryNumber: number; description: string };
      };
    };
    case: { slug: string } | null;
  };
}

describe('hearing alerts through the alerts pipeline (PostgreSQL, a real webhook receiver on 127.0.0.1)', () => {
  let kit: AlertsKit;
  let receiver: WebhookReceiver;
  let bartz: Case;

  beforeAll(async () => {
    kit = await createAlertsKit({ alerts: { retryScheduleMs: Array.from({ length: 30 }, () => 300) } });
    receiver = await WebhookReceiver.start();
    bartz = await kit.caseBySlug('bartz-v-anthropic');
    kit.ctx.app.get(HearingsService).now = () => new Date('2026-12-05T12:00:00Z');
  });

  afterAll(async () => {
    await kit.close();
    await receiver.stop();
  });

  const importEntry = (entryNumber: number, dateFiled: string, description: string) =>
    kit.dataSource.transaction((manager) =>
      kit.ctx.app
        .get(DocketEntriesService)
        .upsert(manager, bartz.id, [{ entryNumber, dateFiled, description, entryType: 'notice' }], {
          source: DocketEntrySource.DocketReport,
          caseRef: { courtId: bartz.courtId, docketNumber: bartz.docketNumber },
        }),
    );

  it('delivers hearing.scheduled, then hearing.rescheduled for the same hearing, to a follower of the case', async () => {
    const subscription = await kit.ctx.app.get(SubscriptionsService).create(
      {
        target: { type: TargetType.Case, case: 'bartz-v-anthropic' },
        channel: { type: ChannelType.Webhook, url: receiver.url('/hearings') },
        eventTypes: [DomainEventType.HearingScheduled, DomainEventType.HearingRescheduled],
      },
      ADMIN,
    );
    await importEntry(
      950,
      '2026-12-01',
      "CLERK'S NOTICE: Final Approval Hearing set for 3/18/2027 02:00 PM in San Francisco before Judge William Alsup.",
    );
    await importEntry(
      951,
      '2026-12-04',
      'ORDER: The Final Approval Hearing set for 3/18/2027 is continued to 4/1/2027 at 10:00 AM.',
    );

    const deliveries = await waitFor(
      async () => {
        const found = await kit.deliveriesOf(subscription.id);
        return found.length === 2 && found.every((d) => d.status === DeliveryStatus.Delivered) ? found : null;
      },
      { message: 'the two hearing alerts were never delivered' },
    );
    expect(deliveries).toHaveLength(2);
    const requests = receiver.to('/hearings');
    expect(requests).toHaveLength(2);
    for (const request of requests) {
      expect(
        verifySignature(String(request.headers['casetrail-signature']), request.rawBody, subscription.secret ?? ''),
      ).toBe(true);
    }
    // Two events matched by two jobs: they may arrive in either order.
    const bodies = requests.map((r) => JSON.parse(r.rawBody) as HearingWebhook);
    const scheduled = bodies.find((b) => b.type === 'hearing.scheduled') as HearingWebhook;
    const rescheduled = bodies.find((b) => b.type === 'hearing.rescheduled') as HearingWebhook;
    expect(scheduled.type).toBe('hearing.scheduled');
    expect(scheduled.data.case?.slug).toBe('bartz-v-anthropic');
    expect(scheduled.data.event.payload.hearing).toMatchObject({
      what: 'final_approval_hearing',
      date: '2027-03-18',
      time: '14:00',
      timeZone: 'America/Los_Angeles',
      status: 'scheduled',
      sequence: 0,
    });
    expect(scheduled.data.event.payload.entry.entryNumber).toBe(950);
    expect(rescheduled.type).toBe('hearing.rescheduled');
    expect(rescheduled.data.event.subjectId).toBe(scheduled.data.event.subjectId);
    expect(rescheduled.data.event.payload).toMatchObject({
      hearing: { date: '2027-04-01', time: '10:00', status: 'rescheduled', sequence: 1 },
      previous: { date: '2027-03-18', time: '14:00', status: 'scheduled' },
      entry: { entryNumber: 951 },
    });
  });
});
