import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { exportTimeline } from './export-timeline';
import { TIMELINE_FORMATS, TimelineFormat } from './timeline-format';
import { Significance, TimelineItem, TimelineMeta } from './timeline-item';
import { toWinAnsi } from './win-ansi';
import { corpusPath } from '@casetrail/testing';
import { pdfText } from '../../testing/pdf-text';
import { asAsync, readAll } from '../../testing/sample-timeline';
import { findAll, parseXml } from '../../testing/xml-tree';

interface CorpusEvent {
  date: string | null;
  type: string;
  title: string;
  summary: string | null;
  sourceUrl: string | null;
}
interface CorpusCase {
  shortName: string;
  caption: string;
  court: string | null;
  docketNumber: string | null;
  events: CorpusEvent[];
}

const cases: CorpusCase[] = JSON.parse(readFileSync(corpusPath('cases.json'), 'utf8'));
const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function significance(type: string): Significance {
  if (/opinion|judgment/.test(type)) return 'key_ruling';
  if (/complaint|motion|settlement/.test(type)) return 'major_filing';
  return 'routine';
}

// Real events from the corpus (those with a known date), as the API would hand them over.
const items: TimelineItem[] = cases
  .flatMap((c, ci) =>
    c.events.flatMap((e, ei): TimelineItem[] =>
      e.date
        ? [
            {
              id: `event:${ci}-${ei}`,
              date: e.date,
              caseSlug: slug(c.shortName),
              caseName: c.shortName,
              court: c.court,
              docketNumber: c.docketNumber,
              type: e.type,
              title: e.title,
              summary: e.summary,
              entryNumber: /\b(?:ECF|D\.I\.)\s*(\d+)/.exec(e.title)?.[1] ?? null,
              documentId: null,
              sourceUrl: e.sourceUrl,
              significance: significance(e.type),
            },
          ]
        : [],
    ),
  )
  .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

const meta: TimelineMeta = {
  title: 'AI copyright cases (corpus)',
  generatedAt: '2025-12-01T00:00:00Z',
  cases: cases.map((c) => ({
    slug: slug(c.shortName),
    name: c.shortName,
    court: c.court,
    docketNumber: c.docketNumber,
  })),
};

async function exported(format: TimelineFormat): Promise<Buffer> {
  return readAll(exportTimeline(format, meta, asAsync(items)));
}

/** The iCalendar summary, "<case>: <title> (ECF n)", written out here rather than taken from the exporter. */
function expectedSummary(item: { caseName: string; title: string; entryNumber: string | null }): string {
  return item.entryNumber
    ? `${item.caseName}: ${item.title} (ECF ${item.entryNumber})`
    : `${item.caseName}: ${item.title}`;
}

describe('exports of the corpus cases', () => {
  it('has dated events to work with', () => {
    expect(items.length).toBeGreaterThan(50);
    console.log(`corpus: ${cases.length} cases, ${items.length} dated events`);
  });

  it('JSON, CSV and Markdown carry every event', async () => {
    const json = JSON.parse((await exported('json')).toString('utf8')) as { items: TimelineItem[] };
    expect(json.items).toEqual(items);
    const rows = parse((await exported('csv')).toString('utf8'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.date, r.case_name, r.title, r.summary, r.source_url])).toEqual(
      items.map((i) => [i.date, i.caseName, i.title, i.summary ?? '', i.sourceUrl ?? '']),
    );
    const md = (await exported('md')).toString('utf8');
    expect(md.split('\n').filter((l) => l.startsWith('| 2') || l.startsWith('| 1'))).toHaveLength(items.length);
  });

  it('iCalendar events match the corpus dates and titles', async () => {
    const cal = new ICAL.Component(ICAL.parse((await exported('ics')).toString('utf8')));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.summary])).toEqual(
      items.map((i) => [`${i.id}@casetrail`, i.date, expectedSummary(i)]),
    );
  });

  it('SVG draws a lane per case with events and a marker per event', async () => {
    const root = parseXml((await exported('svg')).toString('utf8'));
    expect(findAll(root, (e) => 'data-id' in e.attrs)).toHaveLength(items.length);
    expect(findAll(root, (e) => e.attrs.class === 'lane')).toHaveLength(cases.length);
  });

  it('PDF prints every event date and title', async () => {
    const { text, total } = await pdfText(await exported('pdf'));
    const flat = text.replace(/\s+/g, ' ');
    for (const i of items) {
      expect(flat).toContain(i.date);
      expect(flat).toContain(toWinAnsi(i.title).replace(/\s+/g, ' ').trim());
    }
    expect(flat).toContain(`Page ${total} of ${total}`);
    console.log(`corpus PDF: ${total} pages`);
  });

  it('every format produces output', async () => {
    for (const f of TIMELINE_FORMATS) expect((await exported(f)).length).toBeGreaterThan(1000);
  });
});
