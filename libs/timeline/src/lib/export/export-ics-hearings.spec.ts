import ICAL from 'ical.js';
import { exportIcs } from './export-ics';
import { TimelineItem } from './timeline-item';
import { asAsync, readAll, SAMPLE_META } from '../../testing/sample-timeline';

const base = {
  caseSlug: 'bartz-v-anthropic',
  caseName: 'Bartz v. Anthropic',
  court: 'cand',
  docketNumber: '3:24-cv-05417',
  summary: 'Status: rescheduled; Set by ECF 900',
  entryNumber: '901',
  documentId: null,
  sourceUrl: null,
  significance: 'routine' as const,
};

const items: TimelineItem[] = [
  {
    ...base,
    id: 'hearing:11111111-1111-4111-8111-111111111111',
    date: '2027-05-07',
    type: 'hearing',
    title: 'Motion Hearing (rescheduled)',
    hearing: { status: 'rescheduled', time: '14:00', timeZone: 'America/Los_Angeles', sequence: 2 },
  },
  {
    ...base,
    id: 'hearing:22222222-2222-4222-8222-222222222222',
    date: '2027-01-12',
    type: 'hearing',
    title: 'Status Conference',
    hearing: { status: 'scheduled', time: '10:00', timeZone: 'America/New_York', sequence: 0 },
  },
  {
    ...base,
    id: 'hearing:33333333-3333-4333-8333-333333333333',
    date: '2027-03-01',
    type: 'hearing',
    title: 'Sentencing',
    hearing: { status: 'scheduled', time: '09:30', timeZone: null, sequence: 0 },
  },
  {
    ...base,
    id: 'hearing:44444444-4444-4444-8444-444444444444',
    date: '2027-02-01',
    type: 'deadline',
    title: 'Responses',
    hearing: { status: 'scheduled', time: null, timeZone: 'America/Los_Angeles', sequence: 0 },
  },
  {
    ...base,
    id: 'hearing:55555555-5555-4555-8555-555555555555',
    date: '2027-06-01',
    type: 'hearing',
    title: 'Jury Trial (vacated)',
    hearing: { status: 'vacated', time: '09:00', timeZone: 'America/Phoenix', sequence: 1 },
  },
];

async function parsed(): Promise<{ events: Map<string, ICAL.Event>; raw: string }> {
  const raw = (await readAll(exportIcs(SAMPLE_META, asAsync(items)))).toString('utf8');
  const cal = new ICAL.Component(ICAL.parse(raw));
  for (const zone of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = new Map(
    cal.getAllSubcomponents('vevent').map((ve) => {
      const ev = new ICAL.Event(ve);
      return [ev.uid, ev] as const;
    }),
  );
  return { events, raw };
}

describe('exportIcs with hearings', () => {
  afterAll(() => ICAL.TimezoneService.reset());

  it('writes a timed hearing in its court zone, with its instant right in UTC (PDT in May, EST in January)', async () => {
    const { events } = await parsed();
    const motion = events.get('hearing:11111111-1111-4111-8111-111111111111@casetrail');
    expect(motion?.startDate.toString()).toBe('2027-05-07T14:00:00');
    expect(motion?.startDate.zone?.tzid).toBe('America/Los_Angeles');
    // 14:00 Pacific daylight time (UTC-7) is 21:00 UTC.
    expect(motion?.startDate.toUnixTime()).toBe(Date.UTC(2027, 4, 7, 21, 0) / 1000);
    const conference = events.get('hearing:22222222-2222-4222-8222-222222222222@casetrail');
    // 10:00 Eastern standard time (UTC-5) is 15:00 UTC.
    expect(conference?.startDate.toUnixTime()).toBe(Date.UTC(2027, 0, 12, 15, 0) / 1000);
  });

  it('keeps a time of an unknown zone floating and a deadline without a time all-day', async () => {
    const { events, raw } = await parsed();
    const sentencing = events.get('hearing:33333333-3333-4333-8333-333333333333@casetrail');
    expect(sentencing?.startDate.toString()).toBe('2027-03-01T09:30:00');
    expect(sentencing?.startDate.zone?.tzid).toBe('floating');
    expect(raw).toContain('DTSTART:20270301T093000\r\n');
    const deadline = events.get('hearing:44444444-4444-4444-8444-444444444444@casetrail');
    expect(deadline?.startDate.isDate).toBe(true);
    expect(deadline?.startDate.toString()).toBe('2027-02-01');
  });

  it('carries SEQUENCE for resets and cancels a vacated hearing; one VTIMEZONE per zone used', async () => {
    const { events, raw } = await parsed();
    expect(events.get('hearing:11111111-1111-4111-8111-111111111111@casetrail')?.sequence).toBe(2);
    expect(events.get('hearing:22222222-2222-4222-8222-222222222222@casetrail')?.sequence).toBe(0);
    const trial = events.get('hearing:55555555-5555-4555-8555-555555555555@casetrail');
    expect(trial?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    // Arizona keeps standard time all year: 09:00 MST (UTC-7) is 16:00 UTC, in June too.
    expect(trial?.startDate.toUnixTime()).toBe(Date.UTC(2027, 5, 1, 16, 0) / 1000);
    const zones = [...raw.matchAll(/^TZID:(.*)\r$/gm)].map((m) => m[1]).sort();
    expect(zones).toEqual(['America/Los_Angeles', 'America/New_York', 'America/Phoenix']);
  });
});
