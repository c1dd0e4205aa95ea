import { once } from 'node:events';
import { createDeflate, deflateSync } from 'node:zlib';
import { PdfObject, writePdf } from './pdf-writer';

const FONT = '/Type /Font /Subtype /Type1 /BaseFont /Helvetica';

/**
 * A readable PDF of `pageCount` pages that all draw one short line from one shared content stream:
 * thousands of pages in a few hundred kilobytes.
 */
export function manyPagePdf(pageCount: number, text = 'Page of a very long exhibit'): Buffer {
  const firstPage = 5;
  const kids = Array.from({ length: pageCount }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  const content = deflateSync(Buffer.from(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`, 'latin1'));
  const objects: PdfObject[] = [
    { dict: '/Type /Catalog /Pages 2 0 R' },
    { dict: `/Type /Pages /Kids [${kids}] /Count ${pageCount}` },
    { dict: FONT },
    { dict: '/Filter /FlateDecode', stream: content },
  ];
  for (let i = 0; i < pageCount; i++) {
    objects.push({
      dict: '/Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R',
    });
  }
  return writePdf(objects);
}

/**
 * A valid one-page PDF of about `size` bytes: the page, and an unreferenced, unfiltered stream of
 * filler. `text` makes each file distinct (uploads are de-duplicated by content).
 */
export function paddedPdf(size: number, text: string): Buffer {
  const content = Buffer.from(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`, 'latin1');
  return writePdf([
    { dict: '/Type /Catalog /Pages 2 0 R' },
    { dict: '/Type /Pages /Kids [4 0 R] /Count 1' },
    { dict: '', stream: content },
    {
      dict: `/Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 3 0 R`,
    },
    { dict: FONT },
    { dict: '', stream: Buffer.alloc(Math.max(0, size - 1024), 0x41) },
  ]);
}

/**
 * A one-page PDF whose content stream inflates to `inflatedBytes` (spaces, compressed about a
 * thousand to one): the "PDF bomb". Deflated as a stream, so building a 1.6 GB bomb holds only
 * its 1.6 MB of output.
 */
export async function pdfBomb(inflatedBytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const block = Buffer.alloc(1024 * 1024, 0x20);
  for (let left = inflatedBytes; left > 0; left -= block.length) {
    if (!deflate.write(left >= block.length ? block : block.subarray(0, left))) await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return writePdf([
    { dict: '/Type /Catalog /Pages 2 0 R' },
    { dict: '/Type /Pages /Kids [4 0 R] /Count 1' },
    { dict: '/Filter /FlateDecode', stream: Buffer.concat(out) },
    { dict: '/Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R' },
  ]);
}
