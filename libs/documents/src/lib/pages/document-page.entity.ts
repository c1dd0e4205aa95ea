import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Document } from '../documents/document.entity';
import { PageOcrStatus, PageTextSource } from '../ocr/ocr-status';

/** The text of one page of a document (1-based page number of the file). */
@Entity({ name: 'pages' })
@Index('pages_ocr_pending', ['documentId'], { where: `"ocr_status" = 'pending'` })
export class DocumentPage {
  @PrimaryColumn({ type: 'uuid' })
  documentId!: string;

  @PrimaryColumn({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  text!: string;

  /** `ocr` once OCR replaced the text layer's (absent or unusable) text. */
  @Column({ type: 'text', default: PageTextSource.TextLayer })
  textSource!: PageTextSource;

  /** Tesseract's mean word confidence (0-100) of the OCR text; null for text-layer text. */
  @Column({ type: 'real', nullable: true })
  ocrConfidence!: number | null;

  @Column({ type: 'text', nullable: true })
  ocrStatus!: PageOcrStatus | null;

  /** Why OCR failed or skipped the page (`image_unreadable`, `timeout`, `page_cap`, …). */
  @Column({ type: 'text', nullable: true })
  ocrFailureCode!: string | null;

  @Column({ type: 'text', nullable: true })
  ocrFailureMessage!: string | null;

  @ManyToOne(() => Document, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: Document;
}
