import { Readable } from 'node:stream';
import { parseIsoDate } from './iso-date';
import { textStream } from './text-stream';
import { TimelineItem, TimelineMeta } from './timeline-item';

/** `{"meta": {...}, "items": [...]}`, one item per line, streamed. */
export function exportJson(meta: TimelineMeta, items: AsyncIterable<TimelineItem>): Readable {
  async function* chunks(): AsyncGenerator<string> {
    yield `{"meta":${JSON.stringify(meta)},"items":[`;
    let first = true;
    for await (const item of items) {
      parseIsoDate(item.date, item.id);
      yield `${first ? '\n' : ',\n'}${JSON.stringify(item)}`;
      first = false;
    }
    yield first ? ']}\n' : '\n]}\n';
  }
  return textStream(chunks());
}
