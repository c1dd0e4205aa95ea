import { randomUUID } from 'node:crypto';
import { ADMIN, AlertsKit, createAlertsKit } from '../testing/alerts-test-kit';
import { AlertMatcher } from './matching/alert-matcher';
import { ALERT_TEXT_SOURCE, AlertTextSource } from './matching/alert-text-source';
import { ChannelType, TargetType } from './subscriptions/subscription-enums';
import { SubscriptionsService } from './subscriptions/subscriptions.service';

describe('the stored pages of a filing, read through the documents library (PostgreSQL)', () => {
  let kit: AlertsKit;
  let textSource: AlertTextSource;

  beforeAll(async () => {
    kit = await createAlertsKit({ startWorkers: false });
    textSource = kit.ctx.app.get<AlertTextSource>(ALERT_TEXT_SOURCE);
  });

  afterAll(() => kit.close());

  const saveSearch = (q: string) =>
    kit.ctx.app
      .get(SubscriptionsService)
      .create({ target: { type: TargetType.Search, q }, channel: { type: ChannelType.Feed } }, ADMIN);

  it('matches saved searches against the pages the documents library stored, which the event does not carry', async () => {
    const hit = await saveSearch('"shadow library torrents"');
    const miss = await saveSearch('"preliminary injunction"');
    const event = await kit.ingestFiling(
      ['NOTICE OF MOTION AND MOTION', 'Defendant downloaded shadow library torrents of the works.'],
      'bartz-v-anthropic',
    );
    expect(event.payload).not.toHaveProperty('pages');

    const text = await textSource.textsForEvent(event);
    expect(text?.pages).toHaveLength(2);
    expect(text?.pages[0]).toContain('NOTICE OF MOTION');
    expect(text?.pages[1]).toContain('shadow library torrents');

    const matched = await kit.ctx.app.get(AlertMatcher).findMatches(event);
    expect(matched).toContain(hit.id);
    expect(matched).not.toContain(miss.id);
  });

  it('finds no pages for a filing that is not stored, or a document id that is not one', async () => {
    for (const documentId of [randomUUID(), 'not-a-uuid']) {
      const event = await kit.recordDocument(null, { documentId, title: 'Elsewhere' });
      expect(await textSource.textsForEvent(event)).toEqual({ title: 'Elsewhere', pages: [] });
    }
  });
});
