import * as fs from 'node:fs';
import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import { DocumentExtractionService, extractDocument } from '@casetrail/documents';
import { startWorkers } from '@casetrail/runtime';
import { buildPdf, corpusPath, waitFor, WebhookReceiver } from '@casetrail/testing';
import { EvidencePackView, TopicReportView, TosImportService } from '@casetrail/tos';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

const COMPETE_KEY = 'use-output-from-the-services-to-38014c';
const TOU = '/api/v1/tos/ChatGPT/Terms%20of%20Service';
const BARTZ_COMPLAINT = corpusPath(
  'filings',
  'text',
  'bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.txt',
);

/** Lines of at most 80 characters, as the PDF fixture draws them. */
function wrap(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(.{1,80})(\s|$)/g, '$1\n');
}

interface Hook {
  data: { event: { type: string; payload: Record<string, unknown> } };
}

interface StoredCitation {
  type: string;
  key: string;
  page: number | null;
  span: { start: number; end: number };
  matchedText: string;
  fields: Record<string, unknown>;
  resolvedTosClause: { key: string; versionId: string | null } | null;
}

/*
 * Filings that quote the real ChatGPT and Claude terms, as briefs do, through the real upload and
 * extraction path (text, HTML and a PDF with a text layer), then the citations, the clause
 * subscription, the timeline, the evidence pack and the topic report over HTTP.
 */
describe('filings quoting terms of service, evidence packs and the topic report', () => {
  let api: TestApi;
  let receiver: WebhookReceiver;
  let ingestKey: string;
  const ids: Record<string, string> = {};

  const upload = (bytes: Buffer, fileName: string, contentType: string, fields: Record<string, string>) => {
    const req = request(api.server).post('/api/v1/documents').set('Authorization', `Bearer ${ingestKey}`);
    for (const [name, value] of Object.entries(fields)) void req.field(name, value);
    return req.attach('file', bytes, { filename: fileName, contentType }).expect(201);
  };
  const citationsOf = async (id: string): Promise<StoredCitation[]> =>
    (await request(api.server).get(`/api/v1/documents/${id}/citations`).expect(200)).body.citations;
  const tosQuotes = async (id: string) => (await citationsOf(id)).filter((c) => c.type === 'tos_quote');
  const hooks = (path: string): Hook[] => receiver.to(path).map((h) => JSON.parse(h.rawBody) as Hook);

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 1_000_000 } });
    await api.app.get(SeedService).seed();
    await api.app.get(TosImportService).importFolder(corpusPath('tos'), {
      only: ['ChatGPT/Terms of Service', 'Claude.ai/Terms of Service', 'Stability AI/Terms of Service'],
    });
    await startWorkers(api.app);
    receiver = await WebhookReceiver.start();
    ingestKey = await api.keyWithScope(ApiKeyScope.Ingest);

    const { body: catalog } = await request(api.server).get('/api/v1/tos').expect(200);
    const chatgpt = catalog.items.find((s: { name: string }) => s.name === 'ChatGPT');
    const terms = chatgpt.documents.find((d: { documentType: string }) => d.documentType === 'Terms of Service');
    await request(api.server)
      .post('/api/v1/subscriptions')
      .set('Authorization', `Bearer ${ingestKey}`)
      .send({
        target: { type: 'clause', tosDocumentId: terms.id, clauseKey: COMPETE_KEY },
        channel: { type: 'webhook', url: receiver.url('/clause') },
      })
      .expect(201);

    // NYT v. Microsoft: a brief of 2024-03-01 quoting the "compete" clause twice and the
    // ownership clause with an ellipsis, a line break and a hyphenated word.
    const brief =
      'MEMORANDUM OF LAW IN OPPOSITION\n\nOpenAI claims fair use for itself, yet its Terms of Use forbid users to ' +
      '"[u]se Output to develop models that compete with OpenAI." The same terms tell users that "[a]s between you ' +
      'and OpenAI, and to the extent permitted by applicable law, you . . . own all Out-\nput." Again: "[u]se Output ' +
      'to develop models that compete with OpenAI."\n';
    ids['brief'] = (
      await upload(Buffer.from(brief), 'brief.txt', 'text/plain', {
        case: 'nyt-v-microsoft-openai',
        filedOn: '2024-03-01',
        title: 'Opposition brief',
      })
    ).body.id;
    // NYT v. Microsoft, HTML, no filing date: the version in force on the ingest date.
    const html =
      '<html><body><p>Plaintiffs note that OpenAI&rsquo;s current terms list, among what users may not do, ' +
      '&ldquo;Using Output to develop models that compete with OpenAI.&rdquo;</p></body></html>';
    ids['html'] = (
      await upload(Buffer.from(html), 'letter.html', 'text/html', { case: 'nyt-v-microsoft-openai', title: 'Letter' })
    ).body.id;
    // Bartz v. Anthropic: the real complaint's text with a paragraph quoting Anthropic's terms in
    // two parts, as a PDF with a text layer.
    const text = fs.readFileSync(BARTZ_COMPLAINT, 'utf8').replace(/[^\x20-\x7e]+/g, ' ');
    const from = text.indexOf('Anthropic');
    const complaint = wrap(text.slice(from, from + 2400));
    const quoting = wrap(
      'Yet Anthropic forbids its own users "[t]o develop any products or services." Its terms go on: ' +
        '"that compete with our Services." Defendant wants for itself what it denies others.',
    );
    ids['bartz'] = (
      await upload(buildPdf({ pages: [complaint, quoting] }), 'bartz-brief.pdf', 'application/pdf', {
        case: 'bartz-v-anthropic',
        // Both Anthropic's (from 2025-08-01) and Stability AI's (from 2025-12-20) terms are in force then.
        filedOn: '2026-01-15',
        title: 'Bartz brief',
      })
    ).body.id;
    for (const id of Object.values(ids)) await api.app.get(DocumentExtractionService).extract(id);
  }, 300_000);

  afterAll(async () => {
    await api.close();
    await receiver.stop();
  });

  it('stores tos_quote citations with the version in force on the filing date', async () => {
    const quotes = await tosQuotes(ids['brief']);
    expect(quotes.map((q) => q.resolvedTosClause?.key)).toEqual([
      COMPETE_KEY,
      expect.stringMatching(/^ownership-of-content|^as-between-you/),
      COMPETE_KEY,
    ]);
    const { body: inForce } = await request(api.server).get(`${TOU}/as-of?date=2024-03-01`).expect(200);
    expect(quotes[0]).toMatchObject({
      key: `tos:chatgpt/terms-of-service#${COMPETE_KEY}`,
      matchedText: '[u]se Output to develop models that compete with OpenAI.',
      resolvedTosClause: { key: COMPETE_KEY, versionId: inForce.id },
      fields: {
        service: 'ChatGPT',
        provider: 'OpenAI',
        documentType: 'Terms of Service',
        versionRecordedAt: inForce.recordedAt,
        score: 1,
      },
    });
    expect(quotes[1].matchedText).toContain('own all Out-\nput');
    expect(quotes[1].fields['score']).toBeGreaterThanOrEqual(0.7);
  });

  it('links an HTML filing without a date to the version in force when it was ingested', async () => {
    const [quote] = await tosQuotes(ids['html']);
    const { body: latest } = await request(api.server).get(`${TOU}/versions?limit=1`).expect(200);
    expect(quote).toMatchObject({
      resolvedTosClause: { key: COMPETE_KEY, versionId: latest.items[0].id },
      matchedText: 'Using Output to develop models that compete with OpenAI.',
    });
  });

  it("links a quotation split in two to Anthropic's clause, never to Stability AI's near-identical one", async () => {
    const quotes = await tosQuotes(ids['bartz']);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ page: 2, fields: { service: 'Claude.ai', provider: 'Anthropic' } });
    expect(quotes[0].fields['parts']).toHaveLength(2);
  });

  it('lists the filings quoting a clause across its versions', async () => {
    const { body } = await request(api.server).get(`${TOU}/clauses/${COMPETE_KEY}/citations`).expect(200);
    expect(body.items.map((i: { document: { id: string } }) => i.document.id)).toEqual([
      ids['brief'],
      ids['brief'],
      ids['html'],
    ]);
    expect(body.items[0].case.slug).toBe('nyt-v-microsoft-openai');
    await request(api.server).get(`${TOU}/clauses/no-such-clause/citations`).expect(404);
  });

  it('tells the clause subscription once per quoting filing', async () => {
    await waitFor(() => hooks('/clause').length >= 2, { message: 'two clause deliveries', timeoutMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const deliveries = hooks('/clause');
    expect(deliveries).toHaveLength(2);
    expect(deliveries.map((h) => h.data.event.payload['sourceId']).sort()).toEqual([ids['brief'], ids['html']].sort());
    expect(deliveries.every((h) => h.data.event.type === 'citation.created')).toBe(true);
  }, 90_000);

  it('marks the quoting filings on the timeline with include=tos', async () => {
    const { body } = await request(api.server)
      .get('/api/v1/cases/nyt-v-microsoft-openai/timeline?include=tos&format=json')
      .expect(200);
    const items = (body.items ?? body) as { type: string; documentId: string | null; date: string }[];
    const quoting = items.filter((i) => i.type === 'tos_quote');
    expect(quoting.map((i) => [i.documentId, i.date])).toContainEqual([ids['brief'], '2024-03-01']);
  });

  it('builds the evidence pack of NYT v. Microsoft as JSON, Markdown and PDF', async () => {
    const path = '/api/v1/cases/nyt-v-microsoft-openai/tos-evidence?from=2023-12-27&to=2025-06-30';
    const pack = (await request(api.server).get(path).expect(200)).body as EvidencePackView;
    const openai = pack.providers.find((p) => p.provider === 'OpenAI');
    expect(openai?.parties.map((p) => p.name)).toContain('OpenAI, Inc.');
    const terms = openai?.documents.find((d) => d.service === 'ChatGPT' && d.documentType === 'Terms of Service');
    expect(terms).toBeDefined();
    if (!terms) return;
    // The version in force on 2023-12-27 is the OpenAI one the ChatGPT terms continue.
    expect(terms.versions[0]).toMatchObject({ service: 'OpenAI', recordedAt: '2023-12-02T06:30:26.000Z' });
    for (const v of terms.versions) {
      expect(v.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(v.sourceUrl).toMatch(/^https:\/\/openai\.com\//);
    }
    const compete = terms.versions[0].clauses.find((c) => c.key === COMPETE_KEY);
    expect(compete?.topics).toContain('competing-models');
    expect(terms.changes.find((c) => c.key === COMPETE_KEY)?.wordDiff?.length).toBeGreaterThan(0);
    expect(terms.quotedBy.map((q) => q.document.id)).toEqual([ids['brief'], ids['brief'], ids['brief'], ids['html']]);
    expect(pack.providers.map((p) => p.provider)).not.toContain('Anthropic');

    const md = await request(api.server).get(`${path}&format=md`).expect(200);
    expect(md.headers['content-type']).toMatch(/text\/markdown/);
    expect(md.text).toContain('### ChatGPT — Terms of Service');
    expect(md.text).toContain(terms.versions[0].sha256);
    const pdf = await request(api.server)
      .get(`${path}&format=pdf`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    // Read back through the filings' own PDF text extraction.
    const read = await extractDocument(pdf.body as Buffer, { mediaType: 'application/pdf' });
    const pdfText = read.pages.map((p) => p.text).join('\n');
    expect(pdfText).toContain(terms.versions[0].sha256);
    expect(pdfText).toMatch(/Use Output to develop models that compete\s+with OpenAI/);
    expect(pdfText).toMatch(/Page 1 of \d+/);
  });

  it('answers bad evidence requests with 4xx codes', async () => {
    const base = '/api/v1/cases/nyt-v-microsoft-openai/tos-evidence';
    const late = await request(api.server).get(`${base}?from=2025-01-01&to=2024-01-01`).expect(400);
    expect(late.body.error.code).toBe('tos_dates_out_of_order');
    const bad = await request(api.server).get(`${base}?from=yesterday`).expect(400);
    expect(bad.body.error.code).toBe('tos_invalid_version_reference');
    await request(api.server).get(`${base}?format=docx`).expect(400);
    await request(api.server).get(`${base}?bogus=1`).expect(400);
    const none = await request(api.server).get('/api/v1/cases/no-such-case/tos-evidence').expect(404);
    expect(none.body.error.code).toBe('tos_evidence_case_not_found');
  });

  it('reports who forbids competing models, since when, beside their cases', async () => {
    const report = (
      await request(api.server).get('/api/v1/tos/clauses?topic=competing-models&asOf=2025-01-01').expect(200)
    ).body as TopicReportView;
    const openai = report.providers.find((p) => p.provider === 'OpenAI');
    const clause = openai?.clauses.find((c) => c.clauseKey === COMPETE_KEY);
    expect(clause).toMatchObject({
      service: 'ChatGPT',
      documentType: 'Terms of Service',
      since: { service: 'OpenAI', documentType: 'Terms of Service', recordedAt: '2023-10-16T12:30:05.000Z' },
    });
    expect(openai?.cases.map((c) => c.slug)).toContain('nyt-v-microsoft-openai');

    const later = (
      await request(api.server).get('/api/v1/tos/clauses?topic=competing-models&asOf=2026-01-15').expect(200)
    ).body as TopicReportView;
    const anthropic = later.providers.find((p) => p.provider === 'Anthropic');
    expect(anthropic?.clauses.map((c) => c.service)).toContain('Claude.ai');
    expect(anthropic?.cases.map((c) => c.slug)).toContain('bartz-v-anthropic');
    const stability = later.providers.find((p) => p.provider === 'Stability AI');
    expect(stability?.cases.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['andersen-v-stability-ai', 'getty-images-v-stability-ai-ded']),
    );

    const before = (
      await request(api.server).get('/api/v1/tos/clauses?topic=competing-models&asOf=2023-10-15').expect(200)
    ).body as TopicReportView;
    expect(before.providers.map((p) => p.provider)).not.toContain('OpenAI');

    const bad = await request(api.server).get('/api/v1/tos/clauses?topic=everything').expect(400);
    expect(bad.body.error.code).toBe('tos_invalid_topic');
  });
});
