import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import { CourtListenerReplay, generatedEntries, replayConfig } from '@casetrail/courtlistener/testing';
import { startWorkers } from '@casetrail/runtime';
import { CasetrailApiError, CasetrailClient, createCasetrailClient, unwrap } from '@casetrail/sdk';
import { contractCheck, contractDocument, corpusPath, waitFor, WebhookReceiver } from '@casetrail/testing';
import fs from 'node:fs';
import { AddressInfo } from 'node:net';
import { createTestApi, TestApi } from '../testing/test-api';

/**
 * Every operation of the API through @casetrail/sdk over real HTTP: the calls are type-checked against the
 * committed OpenAPI document (a renamed field fails `typecheck`), and every answer is checked at run time
 * against the same document (status, content type, JSON schema with closed objects).
 */
describe('the API through @casetrail/sdk', () => {
  let api: TestApi;
  let client: CasetrailClient;
  let anonymous: CasetrailClient;
  let receiver: WebhookReceiver;
  let replay: CourtListenerReplay;
  const HOOK_SECRET = 'sdk_hook_secret_0123456789abcdefghijklmn';
  const violations: string[] = [];
  const called = new Set<string>();

  beforeAll(async () => {
    replay = await CourtListenerReplay.start();
    api = await createTestApi({ courtListener: replayConfig(replay, { webhookSecret: HOOK_SECRET }) });
    await api.app.get(SeedService).seed();
    await startWorkers(api.app);
    receiver = await WebhookReceiver.start();
    await api.app.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${(api.app.getHttpServer().address() as AddressInfo).port}`;
    client = createCasetrailClient({ baseUrl, apiKey: await api.keyWithScope(ApiKeyScope.Ingest) });
    anonymous = createCasetrailClient({ baseUrl });
    for (const each of [client, anonymous]) {
      each.use(contractCheck(violations), {
        onResponse: ({ request, schemaPath }) => void called.add(`${request.method} ${schemaPath}`),
      });
    }
  });

  afterAll(async () => {
    await api.close();
    await receiver.stop();
    await replay.stop();
  });

  afterEach(() => {
    expect(violations.splice(0)).toEqual([]);
  });

  it('reports health', async () => {
    const health = unwrap(await anonymous.GET('/health'));
    expect(health.status).toBe('ok');
    expect(health.database.status).toBe('up');
  });

  describe('cases', () => {
    it('pages through the 24 seeded cases with nextCursor', async () => {
      const slugs: string[] = [];
      let cursor: string | undefined;
      do {
        const page = unwrap(await anonymous.GET('/api/v1/cases', { params: { query: { limit: 10, cursor } } }));
        slugs.push(...page.items.map((c) => c.slug));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(new Set(slugs).size).toBe(24);
    });

    it('creates, reads and updates a case', async () => {
      const created = await client.POST('/api/v1/cases', {
        body: {
          caption: 'Contract Press, Inc. v. Schema Co.',
          shortName: 'Contract Press v. Schema Co.',
          court: 'nysd',
          docketNumber: '1:26-cv-00777-XYZ',
          parties: [{ name: 'Contract Press, Inc.', role: 'plaintiff' }],
        },
      });
      expect(created.response.status).toBe(201);
      const detail = unwrap(created);
      expect({ docketNumber: detail.docketNumber, judgeInitials: detail.judgeInitials }).toEqual({
        docketNumber: '1:26-cv-00777',
        judgeInitials: 'XYZ',
      });
      const updated = unwrap(
        await client.PATCH('/api/v1/cases/{id}', {
          params: { path: { id: detail.id } },
          body: { status: 'settled', statusNote: 'settled in the contract test' },
        }),
      );
      expect(updated.status).toBe('settled');
      const read = unwrap(
        await anonymous.GET('/api/v1/cases/{idOrSlug}', { params: { path: { idOrSlug: detail.slug } } }),
      );
      expect(read.statusNote).toBe('settled in the contract test');
    });

    it('reads claims, records a sourced status change and filters with facets', async () => {
      const claims = unwrap(
        await anonymous.GET('/api/v1/cases/{idOrSlug}/claims', { params: { path: { idOrSlug: 'tremblay-v-openai' } } }),
      );
      expect(claims.map((c) => c.code)).toContain('dmca_1202');
      const negligence = claims.find((c) => c.code === 'negligence');
      const changed = unwrap(
        await client.POST('/api/v1/cases/{idOrSlug}/claims/{claimId}/status', {
          params: { path: { idOrSlug: 'tremblay-v-openai', claimId: negligence?.id ?? '' } },
          body: { status: 'dismissed', entryNumber: 104, page: 7, decidedOn: '2024-02-12' },
        }),
      );
      expect(changed.status).toBe('dismissed');
      const page = unwrap(
        await anonymous.GET('/api/v1/cases', {
          params: { query: { claim: 'negligence', claimStatus: 'dismissed', facets: true, limit: 50 } },
        }),
      );
      expect(page.items.map((c) => c.slug)).toContain('tremblay-v-openai');
      expect(page.facets?.claimStatus.dismissed).toBe(page.items.length);
    });

    it('answers an unknown case with a typed error envelope', async () => {
      const result = await anonymous.GET('/api/v1/cases/{idOrSlug}', {
        params: { path: { idOrSlug: 'no-such-case' } },
      });
      expect(result.response.status).toBe(404);
      expect(result.error?.error.code).toBe('case_not_found');
      expect(() => unwrap(result)).toThrow(CasetrailApiError);
    });

    it('refuses an unknown query parameter, which the types refuse too', async () => {
      const result = await anonymous.GET('/api/v1/cases', {
        // @ts-expect-error `stauts` is not a parameter of this operation
        params: { query: { stauts: 'pending' } },
      });
      expect(result.error?.error.code).toBe('unknown_query_parameter');
    });

    it('lists related cases and the case graph', async () => {
      const related = unwrap(
        await anonymous.GET('/api/v1/cases/{idOrSlug}/related', {
          params: { path: { idOrSlug: 'nyt-v-microsoft-openai' } },
        }),
      );
      expect(related.related.length).toBeGreaterThan(0);
      const graph = unwrap(
        await anonymous.GET('/api/v1/graph', { params: { query: { case: 'nyt-v-microsoft-openai', depth: 1 } } }),
      );
      expect(graph.nodes.map((n) => n.slug)).toContain('nyt-v-microsoft-openai');
    });
  });

  describe('timelines', () => {
    it('answers the JSON export with its meta and items', async () => {
      const { data, response } = await anonymous.GET('/api/v1/cases/{idOrSlug}/timeline', {
        params: { path: { idOrSlug: 'bartz-v-anthropic' }, query: { format: 'json' } },
      });
      expect(response.status).toBe(200);
      const timeline = data as Exclude<typeof data, string | undefined>;
      expect(timeline.meta.cases.map((c) => c.slug)).toEqual(['bartz-v-anthropic']);
      expect(timeline.items.length).toBeGreaterThan(0);
    });

    it('answers CSV and iCalendar as text with their content types', async () => {
      const csv = await anonymous.GET('/api/v1/timeline', {
        params: { query: { cases: 'bartz-v-anthropic,kadrey-v-meta', format: 'csv' } },
        parseAs: 'text',
      });
      expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csv.data?.split('\n')[0]).toContain('date');
      const ics = await anonymous.GET('/api/v1/cases/{idOrSlug}/timeline', {
        params: { path: { idOrSlug: 'bartz-v-anthropic' } },
        headers: { Accept: 'text/calendar' },
        parseAs: 'text',
      });
      expect(ics.data?.startsWith('BEGIN:VCALENDAR')).toBe(true);
    });
  });

  describe('filings, dockets, citations and search', () => {
    const fileName = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.txt';

    it('uploads a filing, follows its extraction and reads its pages, citations and file', async () => {
      const bytes = fs.readFileSync(corpusPath('filings', 'text', fileName));
      const form = new FormData();
      form.append('file', new Blob([bytes], { type: 'text/plain' }), fileName);
      form.append('case', 'bartz-v-anthropic');
      const uploaded = await client.POST('/api/v1/documents', { body: { file: fileName }, bodySerializer: () => form });
      expect(uploaded.response.status).toBe(201);
      const { id } = unwrap(uploaded);
      const again = await client.POST('/api/v1/documents', { body: { file: fileName }, bodySerializer: () => form });
      expect({ status: again.response.status, id: again.data?.id }).toEqual({ status: 200, id });

      const extracted = await waitFor(
        async () => {
          const document = unwrap(await anonymous.GET('/api/v1/documents/{id}', { params: { path: { id } } }));
          return document.status === 'extracted' || document.status === 'indexed' ? document : null;
        },
        { message: 'the upload was never extracted' },
      );
      expect(extracted.case?.slug).toBe('bartz-v-anthropic');
      const page = unwrap(
        await anonymous.GET('/api/v1/documents/{id}/pages/{number}', { params: { path: { id, number: 1 } } }),
      );
      expect(page.text.length).toBeGreaterThan(0);
      const citations = unwrap(await anonymous.GET('/api/v1/documents/{id}/citations', { params: { path: { id } } }));
      expect(citations.citations.length).toBeGreaterThan(0);
      const file = await anonymous.GET('/api/v1/documents/{id}/file', { params: { path: { id } }, parseAs: 'text' });
      expect(file.data).toBe(bytes.toString('utf8'));
      const listed = unwrap(
        await anonymous.GET('/api/v1/cases/{idOrSlug}/documents', {
          params: { path: { idOrSlug: 'bartz-v-anthropic' } },
        }),
      );
      expect(listed.items.map((d) => d.id)).toContain(id);
    });

    it('imports a PACER docket report and an RSS feed, then lists the docket', async () => {
      const html = fs.readFileSync(corpusPath('pacer', 'dockets', 'njd_509180.html'), 'utf8');
      const imported = unwrap(
        await client.POST('/api/v1/pacer/dockets', {
          body: html,
          bodySerializer: (body) => body,
          headers: { 'Content-Type': 'text/html' },
        }),
      );
      const docket = unwrap(
        await anonymous.GET('/api/v1/cases/{idOrSlug}/docket', {
          params: { path: { idOrSlug: imported.case.slug }, query: { limit: 5 } },
        }),
      );
      expect(docket.items).toHaveLength(5);
      expect(docket.items.every((e) => Array.isArray(e.rulesOn) && Array.isArray(e.ruledBy))).toBe(true);
      const motions = unwrap(
        await anonymous.GET('/api/v1/analytics/motions', {
          params: { query: { case: imported.case.slug, type: 'seal' } },
        }),
      );
      // njd_509180 decides its motions to seal 84, 87, 94, 119 and 127 by "ORDER granting … Motion to Seal".
      expect(motions.byDisposition.find((d) => d.disposition === 'granted')?.count).toBe(5);
      // Its 2023 status conference (ECF 39 sets it for 7/31/2023; ECF 46 adjourns it to 10/30/2023 at 3:00 p.m.;
      // a minute entry reports it held), with the entries behind it; nothing of 2023-2024 is upcoming.
      const hearings = unwrap(
        await anonymous.GET('/api/v1/cases/{idOrSlug}/hearings', {
          params: { path: { idOrSlug: imported.case.slug }, query: { all: true } },
        }),
      );
      expect(hearings.items.find((h) => h.date === '2023-10-30' && h.what === 'status_conference')).toMatchObject({
        kind: 'hearing',
        status: 'held',
        time: '15:00',
        timeZone: 'America/New_York',
        setBy: { entryNumber: 39 },
      });
      const upcoming = unwrap(
        await anonymous.GET('/api/v1/cases/{idOrSlug}/hearings', {
          params: { path: { idOrSlug: imported.case.slug } },
        }),
      );
      expect(upcoming.items.filter((h) => h.date !== null && h.date < '2025-01-01')).toEqual([]);
      // The imported entries become searchable through the search.index-docket job.
      const entries = await waitFor(
        async () => {
          const found = unwrap(
            await anonymous.GET('/api/v1/search', {
              params: { query: { kind: 'docket_entry', case: imported.case.slug, facets: 'documentType', limit: 5 } },
            }),
          );
          // The search.index-docket job may not have run yet: wait until its entries show.
          return typeof found !== 'string' && found.hits.length > 0 ? found : null;
        },
        { message: 'the imported docket entries were never indexed' },
      );
      expect(entries.hits[0]).toMatchObject({ kind: 'docket_entry', caseSlug: imported.case.slug });
      expect(Object.keys(entries.facets.documentType ?? {}).length).toBeGreaterThan(0);
      const rssFile = fs.readdirSync(corpusPath('pacer', 'rss')).find((name) => name.endsWith('.xml'));
      const rss = await client.POST('/api/v1/pacer/rss', {
        body: fs.readFileSync(corpusPath('pacer', 'rss', String(rssFile)), 'utf8'),
        bodySerializer: (body) => body,
        headers: { 'Content-Type': 'application/rss+xml' },
      });
      expect(rss.response.status).toBe(200);
    });

    it('extracts citations from a text and finds who cites a key', async () => {
      const extracted = unwrap(
        await anonymous.POST('/api/v1/citations/extract', {
          body: { text: 'See Campbell v. Acuff-Rose Music, Inc., 510 U.S. 569, 578 (1994); 17 U.S.C. § 107.' },
        }),
      );
      expect(extracted.count).toBe(extracted.citations.length);
      expect(extracted.count).toBeGreaterThanOrEqual(2);
      const citing = unwrap(
        await anonymous.GET('/api/v1/citations', { params: { query: { key: '17 U.S.C. § 107' } } }),
      );
      expect(typeof citing.key).toBe('string');
    });

    it('searches cases with facets', async () => {
      const found = unwrap(
        await anonymous.GET('/api/v1/search', {
          params: { query: { q: 'music publishers', kind: 'case', facets: 'court' } },
        }),
      );
      // The operation also answers text/csv (format=csv), so the SDK types the body as JSON or text.
      if (typeof found === 'string') throw new Error('expected the JSON answer');
      expect(found.hits.map((h) => h.caseSlug)).toContain('concord-music-v-anthropic');
      const csv = await anonymous.GET('/api/v1/search', {
        params: { query: { q: 'music publishers', kind: 'case', format: 'csv' } },
        parseAs: 'text',
      });
      expect(csv.response.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csv.data).toContain('concord-music-v-anthropic');
    });
  });

  describe('terms of service', () => {
    const html = (items: string[]) =>
      `<h1>Contract AI Terms</h1><p>Effective: March 1, 2025</p><ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>`;
    const snapshot = (recordedAt: string, items: string[]) => ({
      service: 'Contract AI',
      provider: 'Contract Inc.',
      documentType: 'Terms of Service',
      recordedAt,
      content: html(items),
    });
    const path = { service: 'contract-ai', type: 'terms-of-service' };

    it('records versions and answers catalog, versions, version, diff, as-of and clause history', async () => {
      const first = await client.POST('/api/v1/tos/snapshots', {
        body: snapshot('2025-03-01T09:00:00Z', ['You may not resell the Services.', 'We may change these terms.']),
      });
      expect({ status: first.response.status, outcome: first.data?.outcome }).toEqual({
        status: 201,
        outcome: 'stored',
      });
      const second = unwrap(
        await client.POST('/api/v1/tos/snapshots', {
          body: snapshot('2025-04-01T09:00:00Z', [
            'You may not resell or rent the Services.',
            'We may change these terms.',
          ]),
        }),
      );
      expect(second.outcome).toBe('stored');
      const catalog = unwrap(await anonymous.GET('/api/v1/tos'));
      expect(catalog.items.map((s) => s.name)).toContain('Contract AI');
      const versions = unwrap(await anonymous.GET('/api/v1/tos/{service}/{type}/versions', { params: { path } }));
      expect(versions.items).toHaveLength(2);
      const version = unwrap(
        await anonymous.GET('/api/v1/tos/{service}/{type}/versions/{id}', {
          params: { path: { ...path, id: versions.items[0].id } },
        }),
      );
      const diff = unwrap(await anonymous.GET('/api/v1/tos/{service}/{type}/diff', { params: { path } }));
      expect(diff.changeCounts.modified).toBe(1);
      const asOf = unwrap(
        await anonymous.GET('/api/v1/tos/{service}/{type}/as-of', { params: { path, query: { date: '2025-03-15' } } }),
      );
      expect(asOf.recordedAt).toBe('2025-03-01T09:00:00.000Z');
      const changed = diff.changes.find((c) => c.kind === 'modified');
      const history = unwrap(
        await anonymous.GET('/api/v1/tos/{service}/{type}/clauses/{key}/history', {
          params: { path: { ...path, key: String(changed?.key) } },
        }),
      );
      expect(history.entries.length).toBe(2);
      expect(version.clauses.length).toBe(version.clauseCount);
    });

    it('answers who forbids what, the filings quoting a clause and a case evidence pack', async () => {
      const topics = unwrap(
        await anonymous.GET('/api/v1/tos/clauses', { params: { query: { topic: 'competing-models' } } }),
      );
      expect(topics.topic).toBe('competing-models');
      const versions = unwrap(await anonymous.GET('/api/v1/tos/{service}/{type}/versions', { params: { path } }));
      const version = unwrap(
        await anonymous.GET('/api/v1/tos/{service}/{type}/versions/{id}', {
          params: { path: { ...path, id: versions.items[0].id } },
        }),
      );
      const quoting = unwrap(
        await anonymous.GET('/api/v1/tos/{service}/{type}/clauses/{key}/citations', {
          params: { path: { ...path, key: version.clauses[0].key } },
        }),
      );
      expect(quoting.items).toEqual([]);
      const evidence = await anonymous.GET('/api/v1/cases/{idOrSlug}/tos-evidence', {
        params: { path: { idOrSlug: 'bartz-v-anthropic' } },
      });
      expect(evidence.response.status).toBe(200);
    });
  });

  describe('alerts', () => {
    it('creates, lists, updates, tests, rotates, reads the feed of and deletes a subscription', async () => {
      const created = await client.POST('/api/v1/subscriptions', {
        body: {
          target: { type: 'case', case: 'kadrey-v-meta' },
          channel: { type: 'webhook', url: receiver.url('/sdk') },
        },
      });
      expect(created.response.status).toBe(201);
      const subscription = unwrap(created);
      const path = { id: subscription.id };
      const listed = unwrap(await client.GET('/api/v1/subscriptions'));
      expect(listed.items.map((s) => s.id)).toContain(subscription.id);
      unwrap(await client.GET('/api/v1/subscriptions/{id}', { params: { path } }));
      const paused = unwrap(
        await client.PATCH('/api/v1/subscriptions/{id}', { params: { path }, body: { status: 'paused' } }),
      );
      expect(paused.status).toBe('paused');
      unwrap(await client.PATCH('/api/v1/subscriptions/{id}', { params: { path }, body: { status: 'active' } }));

      const test = await client.POST('/api/v1/subscriptions/{id}/test', { params: { path } });
      expect(test.response.status).toBe(202);
      const delivery = unwrap(test);
      const deliveries = unwrap(await client.GET('/api/v1/subscriptions/{id}/deliveries', { params: { path } }));
      expect(deliveries.items.map((d) => d.id)).toContain(delivery.id);
      unwrap(await client.GET('/api/v1/deliveries/{id}', { params: { path: { id: delivery.id } } }));
      const replayed = await client.POST('/api/v1/deliveries/{id}/replay', { params: { path: { id: delivery.id } } });
      expect(replayed.response.status).toBe(202);

      const rotated = unwrap(await client.POST('/api/v1/subscriptions/{id}/rotate-feed-token', { params: { path } }));
      const feed = await anonymous.GET('/api/v1/subscriptions/{id}/feed.atom', {
        params: { path, query: { token: rotated.feedToken } },
        parseAs: 'text',
      });
      expect(feed.response.status).toBe(200);
      expect(feed.data).toContain('<feed');
      const secret = unwrap(
        await client.POST('/api/v1/subscriptions/{id}/rotate-secret', { params: { path }, body: { graceSeconds: 60 } }),
      );
      expect(secret.secret).not.toBe(subscription.secret);

      const removed = await client.DELETE('/api/v1/subscriptions/{id}', { params: { path } });
      expect(removed.response.status).toBe(204);
    });
  });

  describe('CourtListener', () => {
    it('follows a docket for a case, lists its sources, syncs on demand and takes a webhook', async () => {
      replay.addDocket(3001, generatedEntries(3, 8_000_000), { docket_number: '3:23-cv-03223', court_id: 'cand' });
      const path = { idOrSlug: 'tremblay-v-openai' };
      const followed = unwrap(
        await client.POST('/api/v1/cases/{idOrSlug}/sources', {
          params: { path },
          body: { courtListener: { url: 'https://www.courtlistener.com/docket/3001/tremblay-v-openai-inc/' } },
        }),
      );
      expect(followed).toMatchObject({ created: true, caseCreated: false, source: { docketId: '3001' } });
      const synced = await waitFor(
        async () => {
          const listed = unwrap(await anonymous.GET('/api/v1/cases/{idOrSlug}/sources', { params: { path } }));
          return listed.items[0]?.lastStatus === 'ok' ? listed : null;
        },
        { message: 'the followed docket was never synced' },
      );
      expect(synced.items[0].lastResult).toMatchObject({ entries: { created: 3 } });
      const demanded = unwrap(
        await client.POST('/api/v1/cases/{idOrSlug}/sources/sync', { params: { path, query: {} } }),
      );
      expect(demanded.syncs).toHaveLength(1);
      const hook = unwrap(
        await anonymous.POST('/api/v1/hooks/courtlistener/{secret}', {
          params: { path: { secret: HOOK_SECRET }, header: { 'Idempotency-Key': 'sdk-1' } },
          body: { webhook: { event_type: 1, version: 2 }, payload: { results: [{ docket: 3001 }] } },
        }),
      );
      expect(hook).toMatchObject({ duplicate: false, docketIds: ['3001'], syncsQueued: 1 });
      const unfollowed = await client.DELETE('/api/v1/cases/{idOrSlug}/sources/{sourceId}', {
        params: { path: { ...path, sourceId: followed.source.id } },
      });
      expect(unfollowed.response.status).toBe(204);
      expect(unwrap(await anonymous.GET('/api/v1/cases/{idOrSlug}/sources', { params: { path } })).items).toEqual([]);
    });
  });

  it('called every operation of the document', () => {
    const operations = Object.entries(contractDocument().paths).flatMap(([route, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${route}`),
    );
    expect(operations.filter((operation) => !called.has(operation))).toEqual([]);
  });
});
