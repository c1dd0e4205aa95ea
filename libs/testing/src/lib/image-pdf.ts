import { deflateSync } from 'node:zlib';
import { HELVETICA, PdfObject, textContentStream, writePdf } from './pdf-writer';

/**
 * A grey image, one byte per pixel row by row, at `dpi`: the shape of libs/documents' GreyImage
 * (what its renderer gives), which this library cannot import (documents' specs import this one).
 */
export interface GreyBitmap {
  width: number;
  height: number;
  dpi: number;
  pixels: Uint8Array;
}

/** Image stream bytes stored as they are, with their filter (e.g. a JPEG as DCTDecode). */
export interface EncodedImage {
  width: number;
  height: number;
  filter: string;
  bytes: Buffer;
}

/** One page: its size in points and the image that fills it (or, for mixed documents, a text layer instead). */
export interface ImagePdfPage {
  widthPt: number;
  heightPt: number;
  /** A grey image (stored Flate-compressed), or encoded image bytes. */
  image?: GreyBitmap | EncodedImage;
  /** Lines of real text (Helvetica 11 pt), for a page that has a text layer. */
  text?: string;
}

/**
 * Writes an image-only PDF: each page is one DeviceGray image and no text, as a scanner makes it.
 * Used to build OCR fixtures from text-layer pages (at test time, nothing binary is committed) and
 * by the OCR bench.
 */
export function buildImagePdf(pages: ImagePdfPage[]): Buffer {
  const objects: PdfObject[] = [{ dict: '/Type /Catalog /Pages 2 0 R' }, { dict: '' }, { dict: HELVETICA }];
  const add = (object: PdfObject): number => objects.push(object);
  const fontRef = objects.length;
  const kids: number[] = [];
  for (const page of pages) {
    const image = page.image;
    const parts: string[] = [];
    const resources: string[] = [`/Font << /F1 ${fontRef} 0 R >>`];
    if (image) {
      const { filter, bytes } =
        'pixels' in image
          ? { filter: 'FlateDecode', bytes: deflateSync(image.pixels) }
          : { filter: image.filter, bytes: image.bytes };
      const imageRef = add({
        dict:
          `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray ` +
          `/BitsPerComponent 8 /Filter /${filter}`,
        stream: bytes,
      });
      resources.push(`/XObject << /Im0 ${imageRef} 0 R >>`);
      parts.push(`q ${page.widthPt} 0 0 ${page.heightPt} 0 0 cm /Im0 Do Q`);
    }
    if (page.text !== undefined) parts.push(textContentStream(page.text));
    const contentRef = add({ dict: '', stream: Buffer.from(parts.join('\n'), 'latin1') });
    kids.push(
      add({
        dict:
          `/Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.widthPt} ${page.heightPt}] ` +
          `/Resources << ${resources.join(' ')} >> /Contents ${contentRef} 0 R`,
      }),
    );
  }
  objects[1] = { dict: `/Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length}` };
  return writePdf(objects, { version: '1.4' });
}

/** An image-only PDF whose pages are these images, each page the size the image has at its own DPI. */
export function imageOnlyPdf(images: GreyBitmap[]): Buffer {
  return buildImagePdf(
    images.map((image) => ({
      widthPt: (image.width * 72) / image.dpi,
      heightPt: (image.height * 72) / image.dpi,
      image,
    })),
  );
}
