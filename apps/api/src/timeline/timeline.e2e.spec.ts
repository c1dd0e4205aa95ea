import 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { SeedService } from '@casetrail/cases';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { PDFParse } from 'pdf-parse';
import { ApiKeyScope } from '@casetrail/auth';
import { corpusPath } from '@casetrail/testing';
import { TosImportService } from '@casetrail/tos';
import { DataSource } from 'typeorm';
import fs from 'node:fs';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

interface JsonItem {
  id: string;
  date: string;
  caseSlug: string;
  title: string;
  type: string;
  entryNumber: string | null;
  significance: string;
}

const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

async function pdfText(buffer: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(buffer) });
  try {
    const result = await parser.getText();
    return { text: result.text, pages: result.total };
  } finally {
    await parser.destroy();
  }
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('timelines over HTTP, read back with independent parsers', () => {
  let api: TestApi;
  let nyt: { meta: { title: string; cases: { slug: string }[] }; items: JsonItem[] };

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 10_000 } });
    await api.app.get(SeedService).seed();
    nyt = (await request(api.server).get('/api/v1/cases/nyt-v-microsoft-openai/timeline').expect(200)).body;
  });

  afterAll(() => api.close());

  it('serves the JSON timeline in date order with significance', () => {
    expect(nyt.items.length).toBeGreaterThanOrEqual(5);
    const dates = nyt.items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    expect(nyt.items.some((i) => i.significance === 'key_ruling')).toBe(true);
    expect(nyt.meta.cases.map((c) => c.slug)).toEqual(['nyt-v-microsoft-openai']);
  });

  it('CSV (RFC 4180) has the same rows as the JSON', async () => {
    const response = await request(api.server)
      .get('/api/v1/cases/nyt-v-microsoft-openai/timeline?format=csv')
      .expect(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toBe('attachment; filename="nyt-v-microsoft-openai-timeline.csv"');
    const rows = parseCsv(response.text, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r['date'], r['title']])).toEqual(nyt.items.map((i) => [i.date, i.title]));
  });

  it('iCalendar has one all-day event per item with stable UIDs', async () => {
    const fetchIcs = async () =>
      (
        await request(api.server)
          .get('/api/v1/cases/nyt-v-microsoft-openai/timeline')
          .set('Accept', 'text/calendar')
          .expect(200)
      ).text;
    const calendar = new ICAL.Component(ICAL.parse(await fetchIcs()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual(
      nyt.items.map((i) => [i.date, expect.stringContaining(i.title)]),
    );
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    const again = new ICAL.Component(ICAL.parse(await fetchIcs()))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).uid);
    expect(again).toEqual(events.map((e) => e.uid));
  });

  it('PDF carries the title and every event', async () => {
    const response = await request(api.server)
      .get('/api/v1/cases/nyt-v-microsoft-openai/timeline?format=pdf')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const { text, pages } = await pdfText(response.body as Buffer);
    const flat = squash(text);
    expect(flat).toContain(squash(nyt.meta.title));
    for (const item of nyt.items) expect(flat).toContain(item.date);
    expect(flat).toMatch(new RegExp(`Page 1 of ${pages}`));
  });

  it('SVG is valid XML with a lane for the case and a marker per item', async () => {
    const response = await request(api.server)
      .get('/api/v1/cases/nyt-v-microsoft-openai/timeline?format=svg')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const svg = (response.body as Buffer).toString('utf8');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as Record<string, unknown>;
    expect(parsed['svg']).toBeDefined();
    expect(svg).toContain('NYT v. Microsoft &amp; OpenAI');
    const markers = svg.match(/data-id="/g) ?? [];
    expect(markers.length).toBe(nyt.items.length);
  });

  it('Markdown lists every item', async () => {
    const { text } = await request(api.server)
      .get('/api/v1/cases/nyt-v-microsoft-openai/timeline?format=md')
      .expect(200);
    for (const item of nyt.items) expect(text).toContain(item.date);
  });

  it('merges the MDL 3143 family and filters by date and significance', async () => {
    const family = (
      await request(api.server).get('/api/v1/timeline?family=in-re-openai-copyright-mdl-3143').expect(200)
    ).body;
    const slugs = new Set(family.items.map((i: JsonItem) => i.caseSlug));
    expect(slugs.has('nyt-v-microsoft-openai')).toBe(true);
    expect(slugs.has('authors-guild-v-openai')).toBe(true);
    expect(family.meta.cases.length).toBeGreaterThanOrEqual(7);
    const ids = family.items.map((i: JsonItem) => i.id);
    expect(new Set(ids).size).toBe(ids.length);

    const keyRulings2025 = (
      await request(api.server)
        .get(
          '/api/v1/timeline?family=in-re-openai-copyright-mdl-3143&from=2025-01-01&to=2025-12-31&significance=key_ruling',
        )
        .expect(200)
    ).body.items as JsonItem[];
    expect(keyRulings2025.length).toBeGreaterThan(0);
    expect(
      keyRulings2025.every((i) => i.date >= '2025-01-01' && i.date <= '2025-12-31' && i.significance === 'key_ruling'),
    ).toBe(true);
  });

  it('includes imported docket entries with their entry numbers, in date order', async () => {
    const key = await api.keyWithScope(ApiKeyScope.Ingest);
    const imported = await request(api.server)
      .post('/api/v1/pacer/dockets')
      .set('Authorization', `Bearer ${key}`)
      .set('Content-Type', 'text/html')
      .send(fs.readFileSync(corpusPath('pacer', 'dockets', 'cand_7.html'), 'latin1'))
      .expect(200);
    const slug = imported.body.case.slug as string;
    const entries = (await request(api.server).get(`/api/v1/cases/${slug}/docket?limit=200`).expect(200)).body
      .items as unknown[];
    const timeline = (await request(api.server).get(`/api/v1/cases/${slug}/timeline`).expect(200)).body
      .items as JsonItem[];
    const fromDocket = timeline.filter((i) => i.id.startsWith('entry:'));
    expect(fromDocket).toHaveLength(entries.length);
    expect(fromDocket.every((i) => i.entryNumber !== null || i.type === 'minute_entry' || i.type === 'other')).toBe(
      true,
    );
    const dates = timeline.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('adds the terms-of-service changes of the providers among the parties with include=tos', async () => {
    await api.app.get(TosImportService).importFolder(corpusPath('tos'), { only: ['OpenAI/Terms of Service'] });
    const [{ n }] = (await api.app.get(DataSource).query(
      `SELECT count(*)::int AS n FROM tos_versions v JOIN tos_documents d ON d.id = v.document_id
       JOIN tos_services s ON s.id = d.service_id WHERE s.name = 'OpenAI' AND d.type = 'Terms of Service' AND v.kind = 'change'`,
    )) as { n: number }[];
    expect(n).toBeGreaterThan(0);
    const withTos = (
      await request(api.server).get('/api/v1/cases/nyt-v-microsoft-openai/timeline?include=tos').expect(200)
    ).body.items as JsonItem[];
    const tosItems = withTos.filter((i) => i.type === 'tos_change');
    expect(tosItems).toHaveLength(n);
    expect(
      tosItems.every((i) => i.title === 'OpenAI Terms of Service changed' && i.caseSlug === 'nyt-v-microsoft-openai'),
    ).toBe(true);
    const dates = withTos.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    const without = (await request(api.server).get('/api/v1/cases/nyt-v-microsoft-openai/timeline').expect(200)).body
      .items as JsonItem[];
    expect(without.some((i) => i.type === 'tos_change')).toBe(false);
    const bartz = (await request(api.server).get('/api/v1/cases/bartz-v-anthropic/timeline?include=tos').expect(200))
      .body.items as JsonItem[];
    expect(bartz.some((i) => i.type === 'tos_change')).toBe(false);
  }, 120_000);

  it.each([
    ['/api/v1/cases/nyt-v-microsoft-openai/timeline?format=docx', 400, 'unknown_format'],
    ['/api/v1/cases/nyt-v-microsoft-openai/timeline?from=2025-06-01&to=2025-01-01', 400, 'invalid_timeline_request'],
    ['/api/v1/cases/nyt-v-microsoft-openai/timeline?from=yesterday', 400, 'invalid_timeline_request'],
    ['/api/v1/timeline?cases=nyt-v-microsoft-openai,no-such-case', 400, 'unknown_case'],
    ['/api/v1/timeline?family=no-such-family', 400, 'unknown_case'],
    ['/api/v1/timeline', 400, 'invalid_timeline_request'],
    ['/api/v1/cases/nyt-v-microsoft-openai/timeline?significance=huge', 400, 'invalid_timeline_request'],
  ])('%s -> %i %s', async (path, status, code) => {
    const { body } = await request(api.server).get(path).expect(status);
    expect(body.error.code).toBe(code);
  });
});
