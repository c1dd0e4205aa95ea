import { manyPagePdf, pdfBomb } from '@casetrail/testing';
import { extractDocument, inspectDocument } from './extract-document';
import { ExtractionError, ExtractionErrorCode } from './extraction-error';
import { inflatedBytesWithin } from './pdf-inflation';

const MB = 1024 * 1024;
const PDF = { mediaType: 'application/pdf', fileName: 'exhibit.pdf' };

async function refusal(run: () => Promise<unknown>): Promise<ExtractionError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  if (error instanceof ExtractionError) return error;
  throw new Error(`expected an ExtractionError, got ${String(error)}`);
}

describe('PDF limits', () => {
  let bomb: Buffer;

  beforeAll(async () => {
    bomb = await pdfBomb(64 * MB);
  });

  it('counts what the compressed streams inflate to, stopping past the limit', async () => {
    expect(bomb.length).toBeLessThan(MB);
    await expect(inflatedBytesWithin(bomb, 128 * MB)).resolves.toBe(64 * MB);
    await expect(inflatedBytesWithin(bomb, 8 * MB)).resolves.toBe(8 * MB + 1);
  });

  it('follows a stream compressed twice', async () => {
    const twice = await pdfBomb(4 * MB);
    const { deflateSync } = await import('node:zlib');
    const body = /stream\n([\s\S]*)\nendstream/.exec(twice.toString('latin1'))?.[1] ?? '';
    const nested = Buffer.from(
      `x\nstream\n${deflateSync(Buffer.from(body, 'latin1')).toString('latin1')}\nendstream`,
      'latin1',
    );
    await expect(inflatedBytesWithin(nested, 64 * MB)).resolves.toBeGreaterThan(4 * MB);
  });

  it('refuses a PDF bomb at upload and at extraction with pdf_inflates_too_much', async () => {
    const pdfLimits = { maxPages: 100, maxInflatedBytes: 16 * MB };
    const atUpload = await refusal(() => inspectDocument(bomb, { ...PDF, pdfLimits }));
    expect(atUpload.code).toBe(ExtractionErrorCode.InflatesTooMuch);
    expect(atUpload.details).toMatchObject({ limitInflatedBytes: 16 * MB });
    const atExtraction = await refusal(() => extractDocument(bomb, { ...PDF, pdfLimits }));
    expect(atExtraction.code).toBe(ExtractionErrorCode.InflatesTooMuch);
  });

  it('reads the same file when the limit allows it', async () => {
    const small = await pdfBomb(2 * MB);
    const pdfLimits = { maxPages: 100, maxInflatedBytes: 2 * MB };
    const result = await extractDocument(small, { ...PDF, pdfLimits });
    expect(result.pageCount).toBe(1);
  });

  it('refuses a PDF with more pages than the limit with too_many_pages', async () => {
    const long = manyPagePdf(5_000);
    const pdfLimits = { maxPages: 3_000, maxInflatedBytes: 64 * MB };
    const error = await refusal(() => inspectDocument(long, { ...PDF, pdfLimits }));
    expect(error.code).toBe(ExtractionErrorCode.TooManyPages);
    expect(error.details).toEqual({ pageCount: 5_000, limitPages: 3_000 });
    const short = await inspectDocument(manyPagePdf(20), { ...PDF, pdfLimits });
    expect(short).toEqual({ mediaType: 'application/pdf', pageCount: 20 });
  });
});
