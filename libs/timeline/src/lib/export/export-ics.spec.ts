import ICAL from 'ical.js';
import { exportIcs, icsUid } from './export-ics';
import { escapeIcalText, foldIcalLine } from './ical-text';
import { TimelineItem, TimelineMeta } from './timeline-item';
import { asAsync, readAll, SAMPLE_META, sampleItems } from '../../testing/sample-timeline';
import { TRICKY_ITEMS, TRICKY_META } from '../../testing/tricky-items';

async function ics(meta: TimelineMeta, items: TimelineItem[], uidDomain?: string): Promise<string> {
  return (await readAll(exportIcs(meta, asAsync(items), uidDomain ? { uidDomain } : {}))).toString('utf8');
}

/** The iCalendar summary, "<case>: <title> (ECF n)", written out here rather than taken from the exporter. */
function expectedSummary(item: { caseName: string; title: string; entryNumber: string | null }): string {
  return item.entryNumber
    ? `${item.caseName}: ${item.title} (ECF ${item.entryNumber})`
    : `${item.caseName}: ${item.title}`;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

describe('exportIcs', () => {
  it('parses back with ical.js to one all-day VEVENT per item', async () => {
    const items = [...sampleItems(), ...TRICKY_ITEMS];
    const text = await ics(TRICKY_META, items);
    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/Casetrail/);
    expect(cal.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    // RFC 5545 gives non-standard properties the TEXT type, escaped; ical.js leaves them raw.
    const calname = String(cal.getFirstPropertyValue('x-wr-calname')).replace(/\\([\\;,])/g, '$1');
    expect(calname).toBe(TRICKY_META.title);

    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(items.length);
    events.forEach((ve, i) => {
      const item = items[i];
      const ev = new ICAL.Event(ve);
      expect(ev.uid).toBe(`${item.id}@casetrail`);
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.startDate.toString()).toBe(item.date);
      expect(ev.endDate.toString()).toBe(nextDay(item.date));
      expect(ev.summary).toBe(expectedSummary(item));
      expect(ev.summary).toContain(item.title);
      const description = String(ev.description);
      if (item.summary) expect(description).toContain(item.summary.replace(/\r\n/g, '\n'));
      if (item.entryNumber) expect(description).toContain(`Docket entry: ${item.entryNumber}`);
      expect(description).toContain(item.caseName);
      expect(ve.getFirstPropertyValue('url') ?? null).toBe(item.sourceUrl ? new URL(item.sourceUrl).href : null);
      expect(ve.getFirstPropertyValue('dtstamp')?.toString()).toBe('2025-01-02T03:04:05Z');
    });
  });

  it('gives the same UIDs on a second export, and a custom UID domain', async () => {
    const items = sampleItems();
    const uids = (t: string) => [...t.matchAll(/^UID:(.*)$/gm)].map((m) => m[1].replace(/\r$/, ''));
    const first = uids(await ics(SAMPLE_META, items));
    const second = uids(await ics(SAMPLE_META, [...items].reverse()));
    expect(new Set(first).size).toBe(items.length);
    expect([...second].reverse()).toEqual(first);
    expect(uids(await ics(SAMPLE_META, items.slice(0, 1), 'example.org'))).toEqual([icsUid(items[0], 'example.org')]);
  });

  it('uses CRLF and folds every line to at most 75 octets without splitting UTF-8', async () => {
    const text = await ics(TRICKY_META, TRICKY_ITEMS);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    let folded = 0;
    for (const line of lines) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      if (line.startsWith(' ')) folded++;
    }
    expect(folded).toBeGreaterThan(5);
  });

  it('escapes TEXT values', () => {
    expect(escapeIcalText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeIcalText('bell\u0007')).toBe('bell');
  });

  it('folds at code point boundaries', () => {
    const line = 'SUMMARY:' + '🤖'.repeat(40);
    const physical = foldIcalLine(line).split('\r\n').slice(0, -1);
    for (const p of physical) {
      expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
      expect(Buffer.from(p, 'utf8').toString('utf8')).toBe(p);
    }
    expect(physical.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldIcalLine('SHORT:x')).toBe('SHORT:x\r\n');
  });
});
