import { ApiKeyScope } from '@casetrail/auth';
import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

interface Entry {
  id: string;
  entryNumber: number | null;
  rulesOn: { entryNumber: string; entryId: string | null; disposition: string }[];
  ruledBy: { entryId: string; entryNumber: string | null; disposition: string }[];
  motionType: string | null;
}

/*
 * Real docket reports imported through the PACER endpoint; the expected links, dispositions and day
 * counts below were read by hand from the report (Lokhova v. Halper, E.D. Va. 1:19-cv-00632).
 */
describe('motions and rulings over HTTP', () => {
  let api: TestApi;
  let caseId: string;
  let slug: string;
  let entries: Map<number | null, Entry>;

  const analytics = (query: string) => request(api.server).get(`/api/v1/analytics/motions?${query}`);

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 10_000 } });
    const ingest = await api.keyWithScope(ApiKeyScope.Ingest);
    const { body } = await request(api.server)
      .post('/api/v1/pacer/dockets')
      .set('Authorization', `Bearer ${ingest}`)
      .set('Content-Type', 'text/html')
      .send(fs.readFileSync(corpusPath('pacer', 'dockets', 'vaed.html'), 'utf8'))
      .expect(200);
    caseId = body.case.id;
    slug = body.case.slug;
    const docket = await request(api.server).get(`/api/v1/cases/${slug}/docket?limit=500`).expect(200);
    entries = new Map((docket.body.items as Entry[]).map((e) => [e.entryNumber, e]));
  });

  afterAll(() => api.close());

  it('shows on each docket entry what it rules on, what ruled on it, and the motion type', () => {
    const order = entries.get(15);
    const motion = entries.get(13);
    expect(order?.rulesOn).toEqual([
      expect.objectContaining({ entryNumber: '13', entryId: motion?.id, disposition: 'granted' }),
    ]);
    expect(motion?.ruledBy).toEqual([
      expect.objectContaining({ entryId: order?.id, entryNumber: '15', disposition: 'granted' }),
    ]);
    expect(motion?.motionType).toBe('extension');
    expect(order?.motionType).toBeNull();
    expect(entries.get(9)?.motionType).toBe('pro_hac_vice');
    expect(entries.get(22)?.motionType).toBe('dismiss');
    // One order deciding two motions "in part".
    expect(entries.get(10)?.rulesOn.map((r) => [r.entryNumber, r.disposition])).toEqual([
      ['6', 'granted_in_part'],
      ['8', 'granted_in_part'],
    ]);
    // The motions to dismiss are only scheduled in this report: nothing rules on them.
    expect(entries.get(22)?.ruledBy).toEqual([]);
    expect(entries.get(1)?.rulesOn).toEqual([]);
  });

  it('counts rulings by disposition with the entries behind each count', async () => {
    const { body } = await analytics(`case=${slug}`).expect(200);
    const counts = Object.fromEntries(
      body.byDisposition.map((d: { disposition: string; count: number }) => [d.disposition, d.count]),
    );
    expect(counts).toEqual({ granted: 8, denied: 0, granted_in_part: 2, moot: 0, withdrawn: 0, terminated: 0 });
    expect(body.rulings).toBe(10);
    const partial = body.byDisposition.find((d: { disposition: string }) => d.disposition === 'granted_in_part');
    expect(partial.rulings).toEqual([
      { case: slug, rulingEntryId: entries.get(10)?.id, motionNumber: '6', motionEntryId: entries.get(6)?.id },
      { case: slug, rulingEntryId: entries.get(10)?.id, motionNumber: '8', motionEntryId: entries.get(8)?.id },
    ]);
  });

  it('gives the median days from motion to ruling with each motion counted', async () => {
    const { body } = await analytics(`case=${caseId}`).expect(200);
    // Days by hand: 6→10: 5, 8→10: 4, 9→11: 2, 13→15: 3, 14→16: 3, 18→19: 3, 20→21: 1, 27→48: 1, 33→49: 4, 50→51: 3.
    expect(body.timeToRuling.motions).toBe(10);
    expect(body.timeToRuling.medianDays).toBe(3);
    expect(body.timeToRuling.items).toContainEqual({
      case: slug,
      motionEntryId: entries.get(6)?.id,
      rulingEntryId: entries.get(10)?.id,
      days: 5,
    });
    const extension = (await analytics(`case=${slug}&type=extension`).expect(200)).body;
    expect(extension.timeToRuling.medianDays).toBe(3.5);
    expect(extension.rulings).toBe(4);
    const proHacVice = (await analytics(`type=pro_hac_vice&court=vaed`).expect(200)).body;
    expect(proHacVice.timeToRuling.medianDays).toBe(2.5);
    expect(proHacVice.byDisposition.find((d: { disposition: string }) => d.disposition === 'granted').count).toBe(6);
  });

  it('filters by judge and court', async () => {
    expect((await analytics('judge=Ellis').expect(200)).body.rulings).toBe(10);
    expect((await analytics('judge=Nobody%20Such').expect(200)).body.rulings).toBe(0);
    expect((await analytics('court=cand').expect(200)).body.rulings).toBe(0);
    expect((await analytics('judge=50%25').expect(200)).body.rulings).toBe(0);
  });

  it('refuses bad input with 400 and a code', async () => {
    const cases: [string, string][] = [
      ['type=bogus', 'validation_failed'],
      ['court=NOT%20A%20COURT', 'validation_failed'],
      ['judge=%20%20', 'validation_failed'],
      ['case=no-such-case', 'unknown_case'],
      ['color=red', 'unknown_query_parameter'],
      [`case=${'x'.repeat(300)}`, 'validation_failed'],
    ];
    for (const [query, code] of cases) {
      const { body } = await analytics(query).expect(400);
      expect(body.error.code).toBe(code);
    }
  });
});
