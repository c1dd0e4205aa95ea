import { NestFactory } from '@nestjs/core';
import { AlertMatcher, ChannelType, CreateSubscriptionBody, SubscriptionsService, TargetType } from '@casetrail/alerts';
import { loadConfig } from '@casetrail/config';
import { extractDocument } from '@casetrail/documents';
import { DomainEventType, EventsService } from '@casetrail/events';
import { CasetrailModule } from '@casetrail/runtime';
import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { benchDatabase } from './bench-database';
import { round, summarize } from './stats';
import { SuiteContext } from './suite';

const SIZES = (process.env['BENCH_ALERT_SIZES'] ?? '1000,10000,100000').split(',').map(Number);
const DISTINCT = 1_000;

/** 1,000 distinct saved searches from the corpus vocabulary: single words, pairs and phrases. */
function savedSearches(): string[] {
  const counts = new Map<string, number>();
  for (const file of fs.readdirSync(corpusPath('filings', 'text'))) {
    for (const word of fs
      .readFileSync(corpusPath('filings', 'text', file), 'utf8')
      .toLowerCase()
      .match(/[a-z]{5,}/g) ?? []) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const vocabulary = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(50, 3050)
    .map(([w]) => w);
  const queries: string[] = [];
  for (let i = 0; queries.length < DISTINCT * 2; i += 1) {
    const a = vocabulary[i % vocabulary.length];
    const b = vocabulary[(i * 7 + 13) % vocabulary.length];
    queries.push(i % 3 === 0 ? a : i % 3 === 1 ? `${a} ${b}` : `"${a} ${b}"`);
  }
  return queries;
}

/** A 50-page filing made of real pages: the Bartz order's 32 and the complaint's first 18. */
async function fiftyPages(): Promise<string[]> {
  const pages: string[] = [];
  for (const file of [
    'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.pdf',
    'bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.pdf',
  ]) {
    const result = await extractDocument(fs.readFileSync(corpusPath('filings', 'pdf', file)), {
      mediaType: 'application/pdf',
    });
    pages.push(...result.pages.map((p) => p.text));
  }
  return pages.slice(0, 50);
}

export async function alertsSuite(ctx: SuiteContext): Promise<void> {
  const runs = Number(process.env['BENCH_RUNS'] ?? 5);
  const db = await benchDatabase('alerts');
  const config = { ...loadConfig({ LOG_LEVEL: 'silent', CASETRAIL_SEED: 'false' }), databaseUrl: db.url };
  const app = await NestFactory.createApplicationContext(CasetrailModule.forRoot({ config, databaseUrl: db.url }), {
    logger: false,
  });
  try {
    const dataSource = app.get(DataSource);
    const subscriptions = app.get(SubscriptionsService);
    const matcher = app.get(AlertMatcher);
    const events = app.get(EventsService);
    const pages = await fiftyPages();
    const started = Date.now();
    let created = 0;
    for (const q of savedSearches()) {
      if (created === DISTINCT) break;
      const body: CreateSubscriptionBody = {
        target: { type: TargetType.Search, q },
        channel: { type: ChannelType.Feed },
      };
      // Stop-word-only queries are refused by design; the next candidate takes their place.
      const ok = await subscriptions.create(body, { keyId: null, admin: true }).then(
        () => true,
        () => false,
      );
      if (ok) created += 1;
    }
    ctx.note(
      `${DISTINCT} distinct saved searches created through SubscriptionsService in ${round((Date.now() - started) / 1000, 1)} s; larger sets clone them (same queries, new rows)`,
    );
    ctx.note(
      `the filing: ${pages.length} real pages (Bartz v. Anthropic order and complaint), text passed in the event payload`,
    );
    let have = DISTINCT;
    for (const size of SIZES) {
      while (have < size) {
        const batch = Math.min(DISTINCT, size - have);
        await dataSource.query(
          `INSERT INTO alert_subscriptions (owner_key_id, target_type, target_key, target, search_query, search_tsquery, anchor_lexemes,
             filter_case_id, filter_court, filter_party, filter_judge, filter_kind, event_types, include_document_types, exclude_document_types,
             channel, webhook_url, email, secret, feed_token_hash, frequency, status, note, tags, starts_after_event_id)
           SELECT owner_key_id, target_type, target_key, target, search_query, search_tsquery, anchor_lexemes,
             filter_case_id, filter_court, filter_party, filter_judge, filter_kind, event_types, include_document_types, exclude_document_types,
             channel, webhook_url, email, secret, md5(random()::text), frequency, status, note, tags, starts_after_event_id
           FROM alert_subscriptions ORDER BY created_at LIMIT $1`,
          [batch],
        );
        have += batch;
      }
      await dataSource.query('ANALYZE alert_subscriptions');
      const times: number[] = [];
      let matched = 0;
      for (let run = 0; run < runs; run += 1) {
        const [event] = await dataSource.transaction((manager) =>
          events.record(manager, [
            {
              type: DomainEventType.DocumentCreated,
              caseId: null,
              subjectId: `bench-${size}-${run}`,
              payload: {
                documentId: `bench-${size}-${run}`,
                caseId: null,
                title: 'Order on Fair Use',
                documentType: 'order',
                filedOn: '2025-06-23',
                entryNumber: '231',
                pageCount: pages.length,
                pages,
              },
            },
          ]),
        );
        const t0 = process.hrtime.bigint();
        const outcome = await matcher.matchEvent(event.id);
        times.push(Number(process.hrtime.bigint() - t0) / 1e6);
        matched = outcome.matched;
      }
      const s = summarize(times);
      ctx.row({
        subscriptions: size,
        'matched (deliveries written)': matched,
        'median ms': round(s.median, 1),
        'p95 ms': round(s.p95, 1),
        runs: s.n,
      });
    }
  } finally {
    await app.close();
    await db.close();
  }
}
