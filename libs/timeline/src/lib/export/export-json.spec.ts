import { exportJson } from './export-json';
import { TimelineExportErrorCode } from './timeline-format';
import { TimelineItem, TimelineMeta } from './timeline-item';
import { asAsync, readAll, SAMPLE_META, sampleItems } from '../../testing/sample-timeline';
import { TRICKY_ITEMS, TRICKY_META } from '../../testing/tricky-items';

async function parse(
  meta: TimelineMeta,
  items: TimelineItem[],
): Promise<{ meta: TimelineMeta; items: TimelineItem[] }> {
  return JSON.parse((await readAll(exportJson(meta, asAsync(items)))).toString('utf8'));
}

describe('exportJson', () => {
  it('round-trips meta and items exactly', async () => {
    for (const [meta, items] of [
      [SAMPLE_META, sampleItems()],
      [TRICKY_META, TRICKY_ITEMS],
    ] as const) {
      const back = await parse(meta, [...items]);
      expect(back.meta).toEqual(meta);
      expect(back.items).toEqual(items);
    }
  });

  it('writes a valid document for no items', async () => {
    expect(await parse(SAMPLE_META, [])).toEqual({ meta: SAMPLE_META, items: [] });
  });

  it('fails the stream on an invalid date', async () => {
    const bad = { ...TRICKY_ITEMS[0], date: '2024-13-01' };
    await expect(readAll(exportJson(TRICKY_META, asAsync([bad])))).rejects.toMatchObject({
      code: TimelineExportErrorCode.InvalidDate,
    });
  });
});
