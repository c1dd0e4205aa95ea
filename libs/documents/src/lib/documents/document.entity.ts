import { Case, Court } from '@casetrail/cases';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  ValueTransformer,
} from 'typeorm';
import { DocumentType } from '../extraction/document-type';
import { TextLayerIssue } from '../extraction/extraction-result';
import { DocumentOcrStatus } from '../ocr/ocr-status';
import { CaseMatchSource, DocumentStatus } from './document-status';

/** PostgreSQL bigint arrives as a string; byte sizes fit a JavaScript number. */
const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity({ name: 'documents' })
@Index('documents_case_filed', ['caseId', 'filedOn'])
export class Document {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Hex SHA-256 of the bytes: the same bytes are the same document. */
  @Index('documents_sha256_unique', { unique: true })
  @Column({ type: 'text' })
  sha256!: string;

  /** What the bytes were read as (sniffed), e.g. `application/pdf`. */
  @Column({ type: 'text' })
  mediaType!: string;

  @Column({ type: 'text' })
  originalFileName!: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  byteSize!: number;

  /** Path of the file under the configured blob directory (content-addressed). */
  @Column({ type: 'text' })
  blobPath!: string;

  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  @ManyToOne(() => Case, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id' })
  case?: Case | null;

  @Column({ type: 'text', nullable: true })
  caseMatchedBy!: CaseMatchSource | null;

  @Column({ type: 'text', nullable: true })
  courtId!: string | null;

  @ManyToOne(() => Court, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'court_id' })
  court?: Court | null;

  /** Normalised docket number read from the ECF header stamp (`3:24-cv-05417`). */
  @Column({ type: 'text', nullable: true })
  docketNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  documentType!: DocumentType | null;

  /** True when the type was given at upload instead of classified. */
  @Column({ type: 'boolean', default: false })
  documentTypeOverridden!: boolean;

  /** Docket entry number: given at upload, else the header's ECF number. */
  @Column({ type: 'integer', nullable: true })
  entryNumber!: number | null;

  /** The ECF number printed in the header stamp ("Document 231"). */
  @Column({ type: 'integer', nullable: true })
  ecfNumber!: number | null;

  /** Attachment number of a stamp such as "Document 1-3". */
  @Column({ type: 'integer', nullable: true })
  attachmentNumber!: number | null;

  @Column({ type: 'date', nullable: true })
  filedOn!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @Index('documents_status')
  @Column({ type: 'text', default: DocumentStatus.Received })
  status!: DocumentStatus;

  @Column({ type: 'text', nullable: true })
  failureCode!: string | null;

  @Column({ type: 'text', nullable: true })
  failureMessage!: string | null;

  /** Null until extracted; false for scans without usable text (not a failure). */
  @Column({ type: 'boolean', nullable: true })
  textLayer!: boolean | null;

  @Column({ type: 'text', nullable: true })
  textLayerIssue!: TextLayerIssue | null;

  @Column({ type: 'integer', nullable: true })
  pageCount!: number | null;

  /** Pages of a damaged PDF whose content could not be read (stored with empty text). */
  @Column({ type: 'integer', array: true, default: () => "'{}'" })
  unreadablePages!: number[];

  /** OCR of the pages without a usable text layer; null when none needed it. */
  @Column({ type: 'text', nullable: true })
  ocrStatus!: DocumentOcrStatus | null;

  /** Pages OCR reads (those that need it, up to the page cap), and how many of them are finished. */
  @Column({ type: 'integer', nullable: true })
  ocrPagesTotal!: number | null;

  @Column({ type: 'integer', default: 0 })
  ocrPagesDone!: number;

  @Column({ type: 'integer', default: 0 })
  ocrPagesFailed!: number;

  /** Pages that needed OCR beyond the page cap. */
  @Column({ type: 'integer', default: 0 })
  ocrPagesSkipped!: number;

  @Column({ type: 'timestamptz', nullable: true })
  ocrCompletedAt!: Date | null;

  /** Set when `ocrStatus` is `failed` (an `OcrFinishFailureCode`), cleared by the next run. */
  @Column({ type: 'text', nullable: true })
  ocrFailureCode!: string | null;

  @Column({ type: 'text', nullable: true })
  ocrFailureMessage!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  extractedAt!: Date | null;
}
