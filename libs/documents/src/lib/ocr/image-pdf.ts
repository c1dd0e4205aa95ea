import zlib from 'node:zlib';
import { GreyImage, openPdf, renderGrey } from './render-page';

/** One page: its size in points and the image that fills it (or, for mixed documents, a text layer instead). */
export interface ImagePdfPage {
  widthPt: number;
  heightPt: number;
  /** A grey image (stored Flate-compressed), or raw stream bytes with their filter (e.g. a JPEG as DCTDecode). */
  image?: GreyImage | { width: number; height: number; filter: string; bytes: Buffer };
  /** Lines of real text (Helvetica 11 pt), for a page that has a text layer. */
  text?: string;
}

function textContent(text: string): string {
  const lines = text.split('\n').map((line) => `(${line.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj T*`);
  return `BT /F1 11 Tf 14 TL 72 740 Td\n${lines.join('\n')}\nET`;
}

/**
 * Writes an image-only PDF: each page is one DeviceGray image and no text, as a scanner makes it.
 * Used to build OCR fixtures from text-layer pages (at test time, nothing binary is committed) and
 * by the OCR bench.
 */
export function buildImagePdf(pages: ImagePdfPage[]): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer) => objects.push(body);
  const text = (s: string) => Buffer.from(s, 'latin1');
  add(text('<< /Type /Catalog /Pages 2 0 R >>'));
  add(Buffer.alloc(0));
  add(text('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'));
  const fontRef = objects.length;
  const kids: number[] = [];
  for (const page of pages) {
    const image = page.image;
    const parts: string[] = [];
    const resources: string[] = [`/Font << /F1 ${fontRef} 0 R >>`];
    if (image) {
      const { filter, bytes } =
        'pixels' in image
          ? { filter: 'FlateDecode', bytes: zlib.deflateSync(image.pixels) }
          : { filter: image.filter, bytes: image.bytes };
      add(
        Buffer.concat([
          text(
            `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray ` +
              `/BitsPerComponent 8 /Filter /${filter} /Length ${bytes.length} >>\nstream\n`,
          ),
          bytes,
          text('\nendstream'),
        ]),
      );
      resources.push(`/XObject << /Im0 ${objects.length} 0 R >>`);
      parts.push(`q ${page.widthPt} 0 0 ${page.heightPt} 0 0 cm /Im0 Do Q`);
    }
    if (page.text !== undefined) parts.push(textContent(page.text));
    const content = parts.join('\n');
    add(text(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`));
    const contentRef = objects.length;
    add(
      text(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.widthPt} ${page.heightPt}] ` +
          `/Resources << ${resources.join(' ')} >> /Contents ${contentRef} 0 R >>`,
      ),
    );
    kids.push(objects.length);
  }
  objects[1] = text(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);

  const chunks: Buffer[] = [text('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([text(`${i + 1} 0 obj\n`), body, text('\nendobj\n')]);
    offsets.push(offset);
    offset += chunk.length;
    chunks.push(chunk);
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ].join('\n');
  chunks.push(text(`${xref}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(chunks);
}

/** Renders pages of a PDF to grey images at `dpi` (a scanner's view of them). */
export async function renderPdfPages(bytes: Uint8Array, pageNumbers: number[], dpi: number): Promise<GreyImage[]> {
  const doc = await openPdf(new Uint8Array(bytes));
  try {
    const images: GreyImage[] = [];
    for (const n of pageNumbers) images.push(await renderGrey(doc, n, dpi, Number.MAX_SAFE_INTEGER));
    return images;
  } finally {
    await doc.destroy();
  }
}

/** The pages of a text PDF as an image-only PDF of the same page sizes, rendered at `dpi`. */
export async function imageOnlyCopy(bytes: Uint8Array, pageNumbers: number[], dpi: number): Promise<Buffer> {
  const images = await renderPdfPages(bytes, pageNumbers, dpi);
  return buildImagePdf(
    images.map((image) => ({ widthPt: (image.width * 72) / dpi, heightPt: (image.height * 72) / dpi, image })),
  );
}
