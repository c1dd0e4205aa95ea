import { once } from 'node:events';
import { createDeflate, deflateSync } from 'node:zlib';

/** One indirect object of a PDF: its dictionary, and a stream body for stream objects. */
interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/** Writes objects 1..n with a cross-reference table; object 1 must be the catalog. */
function writePdf(objects: PdfObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const chunks = object.stream
      ? [
          Buffer.from(`${i + 1} 0 obj\n<< ${object.dict} /Length ${object.stream.length} >>\nstream\n`, 'latin1'),
          object.stream,
          Buffer.from('\nendstream\nendobj\n', 'latin1'),
        ]
      : [Buffer.from(`${i + 1} 0 obj\n<< ${object.dict} >>\nendobj\n`, 'latin1')];
    for (const c of chunks) length += c.length;
    parts.push(...chunks);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n'];
  for (const offset of offsets) xref.push(`${String(offset).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(parts);
}

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
