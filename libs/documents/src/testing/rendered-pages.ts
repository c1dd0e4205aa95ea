import { imageOnlyPdf } from '@casetrail/testing';
import { GreyImage, openPdf, renderGrey } from '../lib/ocr/render-page';

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
  return imageOnlyPdf(await renderPdfPages(bytes, pageNumbers, dpi));
}
