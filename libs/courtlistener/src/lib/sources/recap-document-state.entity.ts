import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export enum RecapDocumentStatus {
  Pending = 'pending',
  Ingested = 'ingested',
  Failed = 'failed',
}

/**
 * A RECAP document CourtListener has the PDF of, recorded with its entry's page in one transaction
 * and ingested afterwards: a sync that dies between the two finds it pending next time.
 */
@Entity({ name: 'courtlistener_documents' })
@Index('courtlistener_documents_pending', ['sourceId', 'status'])
export class RecapDocumentState {
  /** CourtListener's RECAPDocument id. */
  @PrimaryColumn({ type: 'text' })
  recapDocumentId!: string;

  @Column({ type: 'uuid' })
  sourceId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'integer', nullable: true })
  entryNumber!: number | null;

  @Column({ type: 'integer', nullable: true })
  attachmentNumber!: number | null;

  @Column({ type: 'date', nullable: true })
  dateFiled!: string | null;

  @Column({ type: 'text' })
  description!: string;

  /** Path under CourtListener's storage (`recap/gov.uscourts.dcd.178502/….pdf`). */
  @Column({ type: 'text' })
  filepathLocal!: string;

  /** SHA-1 CourtListener states for the file ('' when unknown); the download must match it. */
  @Column({ type: 'text' })
  sha1!: string;

  @Column({ type: 'text', nullable: true })
  absoluteUrl!: string | null;

  @Column({ type: 'text', default: RecapDocumentStatus.Pending })
  status!: RecapDocumentStatus;

  /** Our document (after SHA-256 de-duplication: possibly one that came another way). */
  @Column({ type: 'uuid', nullable: true })
  documentId!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
