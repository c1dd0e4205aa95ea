import { exportSvg, SvgExportOptions } from './export-svg';
import { TimelineExportErrorCode } from './timeline-format';
import { TimelineItem, TimelineMeta } from './timeline-item';
import { asAsync, readAll, SAMPLE_META, sampleItems } from '../../testing/sample-timeline';
import { TRICKY_ITEMS, TRICKY_META } from '../../testing/tricky-items';
import { findAll, parseXml, textOf, XmlElement } from '../../testing/xml-tree';

async function svg(meta: TimelineMeta, items: TimelineItem[], options?: SvgExportOptions): Promise<XmlElement> {
  return parseXml((await readAll(exportSvg(meta, asAsync(items), options))).toString('utf8'));
}

const num = (e: XmlElement, a: string) => Number(e.attrs[a]);
const byClass = (root: XmlElement, cls: string) => findAll(root, (e) => (e.attrs.class ?? '').split(' ').includes(cls));

function expectLabelsApart(root: XmlElement): number {
  const boxes = byClass(root, 'label-bg').map((r) => ({
    x: num(r, 'x'),
    y: num(r, 'y'),
    w: num(r, 'width'),
    h: num(r, 'height'),
  }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
      expect(overlap).toBe(false);
    }
  }
  for (const l of byClass(root, 'leader')) {
    const x = num(l, 'x1');
    const [y1, y2] = [num(l, 'y1'), num(l, 'y2')].sort((p, q) => p - q);
    const crossed = boxes.filter((b) => x > b.x + 0.5 && x < b.x + b.w - 0.5 && y1 < b.y + b.h - 0.5 && y2 > b.y + 0.5);
    expect(crossed).toEqual([]);
  }
  return boxes.length;
}

function denseItems(n: number): TimelineItem[] {
  const types = ['complaint', 'motion', 'order', 'opinion', 'hearing', 'settlement', 'appeal', 'tos_change', 'event'];
  return Array.from({ length: n }, (_, i) => ({
    ...TRICKY_ITEMS[0],
    id: `entry:${i}`,
    caseSlug: `case-${i % 3}`,
    caseName: `Dense Case ${i % 3} v. Model Maker ${i % 3}`,
    date: new Date(Date.UTC(2021, 0, 1) + ((i * 37) % 1400) * 86_400_000).toISOString().slice(0, 10),
    type: types[i % types.length],
    title: `Event ${i} ${'with words '.repeat(i % 5)}`.trim(),
    significance: i % 7 === 0 ? 'key_ruling' : i % 5 === 0 ? 'major_filing' : 'routine',
  }));
}

describe('exportSvg', () => {
  it('draws one marker per item with its date and title, in one lane per case', async () => {
    const items = sampleItems();
    const root = await svg(SAMPLE_META, items);
    expect(root.name).toBe('svg');
    const markers = findAll(root, (e) => e.name === 'g' && 'data-id' in e.attrs);
    expect(markers.map((m) => m.attrs['data-id']).sort()).toEqual(items.map((i) => i.id).sort());
    for (const m of markers) {
      const item = items.find((i) => i.id === m.attrs['data-id']);
      const title = textOf(m.children.find((c) => c.name === 'title') as XmlElement);
      expect(title.startsWith(`${item?.date} · ${item?.title}`)).toBe(true);
    }
    const lanes = byClass(root, 'lane');
    expect(lanes.map((l) => l.attrs['data-case'])).toEqual(SAMPLE_META.cases.map((c) => c.slug));
    lanes.forEach((lane, i) => expect(textOf(lane)).toContain(SAMPLE_META.cases[i].docketNumber));
  });

  it('labels key events without overlaps, on month ticks, with a legend of the types used', async () => {
    const items = sampleItems();
    const root = await svg(SAMPLE_META, items);
    const labelled = expectLabelsApart(root);
    const key = items.filter((i) => i.significance !== 'routine');
    expect(labelled).toBeGreaterThanOrEqual(Math.ceil(key.length * 0.75));
    const labelText = byClass(root, 'label').map(textOf).join('\n');
    for (const i of key.filter((k) => k.significance === 'key_ruling')) {
      expect(labelText).toContain(i.title.slice(0, 15));
    }
    const ticks = byClass(root, 'tick').map(textOf);
    expect(ticks).toEqual(expect.arrayContaining(['Jan 2025', 'Jul', 'Oct']));
    const legend = byClass(root, 'legend').map(textOf);
    // The legend names every marker group, whatever the items: written out, not read from svg-markers.
    expect(legend).toEqual([
      'Complaint / claim',
      'Motion / brief',
      'Order / opinion / ruling',
      'Hearing / trial',
      'Settlement / dismissal',
      'Appeal / transfer',
      'Terms-of-service change',
      'Other event',
      'Key ruling / major filing (labelled)',
    ]);
    console.log(`sample SVG: ${labelled} of ${key.length} key events labelled`);
  });

  it('escapes text so tricky titles come back intact', async () => {
    const root = await svg(TRICKY_META, TRICKY_ITEMS);
    const all = textOf(root);
    expect(all).toContain(TRICKY_META.title);
    const laneName = byClass(root, 'lane-name').map(textOf).join(' ');
    expect(laneName).toBe(TRICKY_META.cases[0].name);
    expect(all).toContain(`2025-01-01 · ${TRICKY_ITEMS[2].title}`);
    expect(all).toContain(TRICKY_ITEMS[1].title);
    expect(findAll(root, (e) => e.name === 'script')).toHaveLength(0);
  });

  it('stays valid and uncluttered for a dense timeline', async () => {
    const items = denseItems(1500);
    const root = await svg({ ...SAMPLE_META, cases: [] }, items, { width: 1400 });
    expect(findAll(root, (e) => e.name === 'g' && 'data-id' in e.attrs)).toHaveLength(items.length);
    expect(byClass(root, 'lane')).toHaveLength(3);
    const labelled = expectLabelsApart(root);
    expect(labelled).toBeGreaterThan(10);
    expect(textOf(root)).toMatch(/key events? left unlabelled/);
    const ticks = byClass(root, 'tick').map(textOf);
    expect(ticks).toEqual(expect.arrayContaining(['Jan 2022', 'Jan 2023', 'Jan 2024']));
    expect(ticks.length).toBeLessThanOrEqual(1400 / 90);
  });

  it('handles a single day and an empty timeline', async () => {
    const one = await svg(TRICKY_META, [TRICKY_ITEMS[0]]);
    expect(findAll(one, (e) => 'data-id' in e.attrs)).toHaveLength(1);
    expect(byClass(one, 'tick').length).toBeGreaterThan(1);
    const none = await svg(SAMPLE_META, []);
    expect(textOf(none)).toContain('No events');
    expect(byClass(none, 'lane')).toHaveLength(SAMPLE_META.cases.length);
  });

  it('fails the stream on an invalid date', async () => {
    await expect(
      readAll(exportSvg(TRICKY_META, asAsync([{ ...TRICKY_ITEMS[0], date: '24-01-01' }]))),
    ).rejects.toMatchObject({
      code: TimelineExportErrorCode.InvalidDate,
    });
  });
});
