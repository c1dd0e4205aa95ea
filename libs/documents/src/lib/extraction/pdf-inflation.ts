import { createInflate } from 'node:zlib';

/** Filters applied twice (Flate of Flate) multiply a bomb's ratio: follow up to this many layers. */
const MAX_LAYERS = 3;

/** A compressed layer larger than this is counted but not inflated once more (it would be held in memory). */
const MAX_NESTED_BYTES = 16 * 1024 * 1024;

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/** A zlib header: deflate method, a window the spec allows, and the header checksum. */
function looksLikeZlib(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && (bytes[0] & 0x0f) === 8 && bytes[0] >> 4 <= 7 && ((bytes[0] << 8) | bytes[1]) % 31 === 0;
}

/** The data of each `stream … endstream` of a PDF, found by scanning its bytes. */
function* streamBodies(pdf: Buffer): Generator<Buffer> {
  let at = 0;
  for (;;) {
    const keyword = pdf.indexOf(STREAM, at);
    if (keyword < 0) return;
    let start = keyword + STREAM.length;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] !== 0x0a && pdf[start - 1] !== 0x0d) {
      at = start;
      continue;
    }
    if (pdf[start] === 0x0a) start++;
    const end = pdf.indexOf(END_STREAM, start);
    if (end < 0) return;
    yield pdf.subarray(start, end);
    at = end + END_STREAM.length;
  }
}

class BudgetExceeded extends Error {}

/**
 * Inflates `data` without keeping its output, taking each chunk from the budget; an output that is
 * itself zlib data is inflated in turn (and counted too). Corrupt data ends quietly: reading it is
 * PDF.js's job, and it stops there as well.
 */
function drain(data: Uint8Array, budget: { left: number }, layer: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const inflate = createInflate();
    let nested: Promise<void> | null = null;
    let feed: ((chunk: Buffer) => void) | null = null;
    let decided = false;
    let chunks: Buffer[] = [];
    let collected = 0;
    inflate.on('data', (chunk: Buffer) => {
      budget.left -= chunk.length;
      if (budget.left < 0) {
        inflate.destroy(new BudgetExceeded());
        return;
      }
      if (!decided) {
        decided = true;
        if (layer < MAX_LAYERS && looksLikeZlib(chunk)) {
          // Collected, then inflated as one more layer once this one ends.
          feed = (c) => {
            collected += c.length;
            if (collected <= MAX_NESTED_BYTES) chunks.push(c);
            else [chunks, feed] = [[], null];
          };
        }
      }
      feed?.(chunk);
    });
    inflate.on('error', (error) => (error instanceof BudgetExceeded ? reject(error) : resolve()));
    inflate.on('end', () => {
      nested = chunks.length > 0 ? drain(Buffer.concat(chunks), budget, layer + 1) : Promise.resolve();
      nested.then(resolve, reject);
    });
    inflate.end(data);
  });
}

/**
 * The bytes the PDF's compressed streams inflate to, counted before PDF.js opens it, stopping as
 * soon as the count passes `limit` (returns a number over the limit then). A 1.6 MB file can hold
 * one Flate stream of 1.6 GB; PDF.js would hold all of it in memory.
 */
export async function inflatedBytesWithin(pdf: Buffer, limit: number): Promise<number> {
  const budget = { left: limit };
  for (const body of streamBodies(pdf)) {
    if (!looksLikeZlib(body)) continue;
    try {
      await drain(body, budget, 1);
    } catch (error) {
      if (error instanceof BudgetExceeded) return limit + 1;
      throw error;
    }
  }
  return limit - budget.left;
}
