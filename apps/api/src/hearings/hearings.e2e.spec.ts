import { Case, DocketEntriesService, DocketEntrySource, HearingsService, SeedService } from '@casetrail/cases';
import ICAL from 'ical.js';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApi, TestApi } from '../testing/test-api';

interface HearingBody {
  id: string;
  what: string;
  status: string;
  date: string;
  time: string | null;
  timeZone: string | null;
  sequence: number;
  setBy: { entryNumber: number | null; description: string | null };
  lastChangedBy: { entryNumber: number | null };
}

const categories = (event: ICAL.Event): string[] =>
  event.component.getAllProperties('categories').flatMap((p) => p.getValues().map(String));

describe('hearings over HTTP: the list and the ICS export', () => {
  let api: TestApi;
  let bartz: Case;

  const importEntry = (entryNumber: number, dateFiled: string, description: string, into: Case = bartz) =>
    api.app.get(DataSource).transaction((manager) =>
      api.app
        .get(DocketEntriesService)
        .upsert(manager, into.id, [{ entryNumber, dateFiled, description, entryType: 'notice' }], {
          source: DocketEntrySource.DocketReport,
          caseRef: { courtId: into.courtId, docketNumber: into.docketNumber },
        }),
    );
  const calendar = async () => {
    const response = await request(api.server)
      .get('/api/v1/cases/bartz-v-anthropic/timeline?format=ics')
      .expect(200)
      .expect('Content-Type', /text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(response.text));
    for (const zone of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    return cal.getAllSubcomponents('vevent').map((ve) => new ICAL.Event(ve));
  };

  beforeAll(async () => {
    api = await createTestApi();
    await api.app.get(SeedService).seed();
    bartz = await api.app.get(DataSource).getRepository(Case).findOneByOrFail({ slug: 'bartz-v-anthropic' });
    api.app.get(HearingsService).now = () => new Date('2026-12-05T12:00:00Z');
  });

  afterAll(async () => {
    ICAL.TimezoneService.reset();
    await api.close();
  });

  it('lists the upcoming hearings of a case with their source entries, and moves one on a reset', async () => {
    await importEntry(
      960,
      '2026-12-01',
      "CLERK'S NOTICE: Motion Hearing set for 4/23/2027 10:00 AM before Judge William Alsup.",
    );
    await importEntry(961, '2026-12-02', 'Responses due by 1/15/2027. Reply due by 1/29/2027.');
    const first = await request(api.server).get('/api/v1/cases/bartz-v-anthropic/hearings').expect(200);
    const items = first.body.items as HearingBody[];
    // In date order: the two deadlines, then the hearing.
    expect(items.map((h) => [h.what, h.date, h.time])).toEqual([
      ['response_deadline', '2027-01-15', null],
      ['reply_deadline', '2027-01-29', null],
      ['motion_hearing', '2027-04-23', '10:00'],
    ]);
    const motion = items[2];
    expect(motion).toMatchObject({
      status: 'scheduled',
      timeZone: 'America/Los_Angeles',
      sequence: 0,
      setBy: { entryNumber: 960, description: expect.stringContaining('Motion Hearing set for 4/23/2027') },
      lastChangedBy: { entryNumber: 960 },
    });

    await importEntry(962, '2026-12-04', 'ORDER: Motion Hearing set for 4/23/2027 is reset to 5/7/2027 at 2:00 PM.');
    const after = (await request(api.server).get('/api/v1/cases/bartz-v-anthropic/hearings').expect(200)).body
      .items as HearingBody[];
    expect(after.find((h) => h.id === motion.id)).toMatchObject({
      status: 'rescheduled',
      date: '2027-05-07',
      time: '14:00',
      sequence: 1,
      setBy: { entryNumber: 960 },
      lastChangedBy: { entryNumber: 962 },
    });
    expect(after).toHaveLength(3);
  });

  it('gives a calendar subscriber the same event, moved, with its SEQUENCE raised', async () => {
    const motion = (
      (await request(api.server).get('/api/v1/cases/bartz-v-anthropic/hearings').expect(200)).body
        .items as HearingBody[]
    ).find((h) => h.what === 'motion_hearing') as HearingBody;
    const events = (await calendar()).filter((e) => e.uid === `hearing:${motion.id}@casetrail`);
    expect(events).toHaveLength(1);
    expect(events[0].sequence).toBe(1);
    expect(events[0].startDate.toString()).toBe('2027-05-07T14:00:00');
    // 2:00 PM Pacific daylight time is 21:00 UTC.
    expect(events[0].startDate.toUnixTime()).toBe(Date.UTC(2027, 4, 7, 21, 0) / 1000);
    // The next hearing from 5 December 2026 on the subscriber's calendar: the May 7 motion hearing.
    const upcoming = (await calendar())
      .filter((e) => e.uid.startsWith('hearing:') && categories(e).includes('hearing'))
      .filter((e) => e.startDate.toJSDate() >= new Date('2026-12-05T12:00:00Z'))
      .sort((a, b) => a.startDate.toUnixTime() - b.startDate.toUnixTime());
    expect(upcoming[0]?.uid).toBe(`hearing:${motion.id}@casetrail`);
  });

  it('shows the next hearing on the case view, past ones and deadlines left out', async () => {
    const nyt = await api.app.get(DataSource).getRepository(Case).findOneByOrFail({ slug: 'nyt-v-microsoft-openai' });
    expect(
      (await request(api.server).get('/api/v1/cases/nyt-v-microsoft-openai').expect(200)).body.nextHearing,
    ).toBeNull();
    // The case view reads the real clock: a hearing of 2020 is past, one of 2099 ahead, whenever this runs.
    await importEntry(
      9001,
      '2020-01-10',
      'Status Conference set for 2/3/2020 10:00 AM before Judge Sidney H. Stein.',
      nyt,
    );
    await importEntry(9002, '2020-01-11', 'Opposition due by 1/4/2099.', nyt);
    await importEntry(
      9003,
      '2020-01-12',
      'Jury Trial set for 3/2/2099 09:30 AM in Courtroom 23A before Judge Sidney H. Stein.',
      nyt,
    );
    const view = (await request(api.server).get('/api/v1/cases/nyt-v-microsoft-openai').expect(200)).body;
    expect(view.nextHearing).toMatchObject({
      kind: 'hearing',
      what: 'trial',
      date: '2099-03-02',
      time: '09:30',
      timeZone: 'America/New_York',
      setBy: { entryNumber: 9003 },
    });
  });

  it('answers 404 for an unknown case and 400 for a bad query, in the error envelope', async () => {
    const missing = await request(api.server).get('/api/v1/cases/no-such-case/hearings').expect(404);
    expect(missing.body.error.code).toBe('case_not_found');
    const bad = await request(api.server).get('/api/v1/cases/bartz-v-anthropic/hearings?all=perhaps').expect(400);
    expect(bad.body.error.code).toEqual(expect.any(String));
    await request(api.server).get('/api/v1/cases/bartz-v-anthropic/hearings?from=2027-01-01').expect(400);
    const all = await request(api.server).get('/api/v1/cases/bartz-v-anthropic/hearings?all=true').expect(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(3);
  });
});
