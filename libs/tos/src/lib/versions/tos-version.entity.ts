import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { TosDocument } from '../catalog/tos-document.entity';
import { ChangeCounts, TosVersionKind } from './tos-version-kind';

/** A text of a document that differs from the previous one beyond noise. */
@Entity({ name: 'tos_versions' })
@Index('tos_versions_document_sequence_unique', ['documentId', 'sequence'], { unique: true })
@Index('tos_versions_document_recorded', ['documentId', 'recordedAt'])
export class TosVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  documentId!: string;

  @ManyToOne('TosDocument', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'document_id' })
  document?: TosDocument;

  /** The sequence number of the snapshot that produced this version: orders versions recorded at the same time. */
  @Column({ type: 'integer' })
  sequence!: number;

  /** When the snapshot that produced this version was taken (not when the text took effect). */
  @Column({ type: 'timestamptz' })
  recordedAt!: Date;

  /** The date the text says it takes effect (else was last updated), when it says one. */
  @Column({ type: 'date', nullable: true })
  effectiveDate!: string | null;

  @Column({ type: 'text' })
  kind!: TosVersionKind;

  /** Canonical Markdown of the text. */
  @Column({ type: 'text' })
  markdown!: string;

  /** SHA-256 of `markdown`. */
  @Column({ type: 'text' })
  sha256!: string;

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  /**
   * The version the changes are counted against: the previous version of this document, or for a
   * document's first version the last version of its predecessor (null when there is none).
   */
  @Column({ type: 'uuid', nullable: true })
  previousVersionId!: string | null;

  @Column({ type: 'integer' })
  clauseCount!: number;

  @Column({ type: 'jsonb' })
  changeCounts!: ChangeCounts;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
