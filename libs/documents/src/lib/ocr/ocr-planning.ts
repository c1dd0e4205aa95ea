import { EntityManager, In } from 'typeorm';
import { Document } from '../documents/document.entity';
import { MediaType } from '../extraction/media-type';
import { DocumentPage } from '../pages/document-page.entity';
import { pageNeedsOcr } from './page-assessment';
import { PageOcrStatus } from './ocr-status';

/**
 * Checks each page of a freshly extracted document and marks those without a usable text layer
 * `pending`; records how many on the document (0: checked, nothing to do). Only PDFs have pages
 * to render. Returns the number of pages marked.
 */
export async function markPagesNeedingOcr(
  manager: EntityManager,
  documentId: string,
  mediaType: string,
): Promise<number> {
  const pages =
    mediaType === MediaType.Pdf
      ? await manager.getRepository(DocumentPage).find({
          select: { number: true, text: true },
          where: { documentId },
          order: { number: 'ASC' },
        })
      : [];
  const needing = pages.filter((p) => pageNeedsOcr(p.text)).map((p) => p.number);
  if (needing.length > 0) {
    await manager.update(DocumentPage, { documentId, number: In(needing) }, { ocrStatus: PageOcrStatus.Pending });
  }
  await manager.update(Document, { id: documentId }, { ocrPagesTotal: needing.length });
  return needing.length;
}
