import { Readable } from 'node:stream';

/**
 * Turns a lazy generator of text chunks into a byte stream. Readable.from pulls the generator only
 * when the consumer asks for more, so memory stays flat whatever the number of items.
 */
export function textStream(chunks: AsyncIterable<string>): Readable {
  async function* bytes(): AsyncGenerator<Buffer> {
    let pending = '';
    for await (const chunk of chunks) {
      pending += chunk;
      // Batch tiny chunks so a 10k-row export is not 10k separate pushes.
      if (pending.length >= 16 * 1024) {
        yield Buffer.from(pending, 'utf8');
        pending = '';
      }
    }
    if (pending) yield Buffer.from(pending, 'utf8');
  }
  return Readable.from(bytes(), { objectMode: false });
}
