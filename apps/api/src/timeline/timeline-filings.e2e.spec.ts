import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApi, TestApi } from '../testing/test-api';

/** docs/timelines.md: uploaded filings with a case and a date are timeline items. */
describe('uploaded filings on timelines', () => {
  let api: TestApi;
  let ingest: string;
  const slug = 'bartz-v-anthropic';

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 10_000 } });
    await api.app.get(SeedService).seed();
    ingest = await api.keyWithScope(ApiKeyScope.Ingest);
  });

  afterAll(() => api.close());

  const upload = (fields: Record<string, string>, text: string) => {
    const req = request(api.server).post('/api/v1/documents').set('Authorization', `Bearer ${ingest}`);
    for (const [name, value] of Object.entries(fields)) void req.field(name, value);
    return req.attach('file', Buffer.from(text), { filename: 'filing.txt', contentType: 'text/plain' });
  };
  const timeline = async (query = '') =>
    (await request(api.server).get(`/api/v1/cases/${slug}/timeline${query}`).expect(200)).body as {
      items: {
        id: string;
        date: string;
        type: string;
        title: string;
        documentId: string | null;
        significance: string;
      }[];
    };

  it('shows an uploaded filing with its case, date, type and title', async () => {
    const uploaded = await upload(
      {
        case: slug,
        filedOn: '2024-03-14',
        title: 'Motion to dismiss the second amended complaint',
        documentType: 'motion_to_dismiss',
      },
      'Defendant moves to dismiss. A first uploaded filing.',
    );
    expect(uploaded.status).toBeLessThan(300);
    const documentId = uploaded.body.id as string;
    const items = (await timeline()).items.filter((i) => i.documentId === documentId);
    expect(items).toEqual([
      expect.objectContaining({
        id: `document:${documentId}`,
        date: '2024-03-14',
        type: 'motion_to_dismiss',
        title: 'Motion to dismiss the second amended complaint',
        significance: 'major_filing',
      }),
    ]);
    const filtered = await timeline('?from=2024-03-15');
    expect(filtered.items.some((i) => i.documentId === documentId)).toBe(false);
  });

  it('leaves out filings without a date, and filings the docket already shows', async () => {
    const undated = await upload({ case: slug, title: 'Undated letter' }, 'A letter with no date. Second upload.');
    const { body: caseBody } = await request(api.server).get(`/api/v1/cases/${slug}`).expect(200);
    await api.app.get(DataSource).query(
      `INSERT INTO docket_entries (id, case_id, natural_key, entry_number, date_filed, description, entry_type, source, sort_order, content_hash, last_changed_at)
         VALUES (gen_random_uuid(), $1, 'no:77', 77, '2024-04-01', 'ORDER granting leave', 'order', 'docket_report', 77, 'h77', now())`,
      [caseBody.id],
    );
    const onDocket = await upload(
      { case: slug, filedOn: '2024-04-01', entryNumber: '77', title: 'Order granting leave' },
      'The order, also on the docket. Third upload.',
    );
    const ids = (await timeline()).items.map((i) => i.documentId);
    expect(ids).not.toContain(undated.body.id);
    expect(ids).not.toContain(onDocket.body.id);
  });
});
