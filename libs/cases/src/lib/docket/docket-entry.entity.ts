import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Case } from '../cases/case.entity';

export interface DocketEntryAttachment {
  number: number;
  description: string;
  pageCount: number | null;
  pacerDocId: string | null;
}

/** Where an entry's text came from: a full docket report, only a court RSS feed item, or CourtListener's RECAP archive. */
export enum DocketEntrySource {
  DocketReport = 'docket_report',
  Rss = 'rss',
  /** CourtListener's v4 API (RECAP copies of PACER dockets): a full docket text, like a docket report. */
  CourtListener = 'courtlistener',
}

/**
 * One line of a case's docket. Identified within its case by `naturalKey`: the entry number, else
 * the PACER sequence number or document id, else the filing date and a hash of the text.
 */
@Entity({ name: 'docket_entries' })
@Index('docket_entries_natural_key', ['caseId', 'naturalKey'], { unique: true })
@Index('docket_entries_case_order', ['caseId', 'dateFiled', 'sortOrder', 'id'])
@Index('docket_entries_case_seq', ['caseId', 'pacerSeqNo'], { where: '"pacer_seq_no" IS NOT NULL' })
@Index('docket_entries_case_doc', ['caseId', 'pacerDocId'], { where: '"pacer_doc_id" IS NOT NULL' })
export class DocketEntry {
  /** Assigned by the importer, so that events can name new entries before they are written. */
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** `no:12`, `seq:34`, `doc:0127…`, `text:2024-01-02:ab12…`; `#2` marks a second entry with the same key. */
  @Column({ type: 'text' })
  naturalKey!: string;

  /** The document number printed on the docket; null for unnumbered (minute and clerk's) entries. */
  @Column({ type: 'integer', nullable: true })
  entryNumber!: number | null;

  @Column({ type: 'text', nullable: true })
  pacerSeqNo!: string | null;

  @Column({ type: 'text', nullable: true })
  pacerDocId!: string | null;

  @Column({ type: 'date' })
  dateFiled!: string;

  @Column({ type: 'date', nullable: true })
  dateEntered!: string | null;

  /** The docket text; for an entry known only from an RSS feed, its short description. */
  @Column({ type: 'text' })
  description!: string;

  /** The RSS feed's short description ("Order on Motion to Dismiss"), when a feed named the entry. */
  @Column({ type: 'text', nullable: true })
  shortDescription!: string | null;

  @Column({ type: 'text' })
  entryType!: string;

  @Column({ type: 'integer', nullable: true })
  pageCount!: number | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: DocketEntryAttachment[];

  @Column({ type: 'text' })
  source!: DocketEntrySource;

  /** Every source that has reported this entry, in the order they first did (`source` is the one whose text is kept). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  sources!: DocketEntrySource[];

  /** Docket order within a filing date: entry number × 1000, unnumbered entries after the entry they follow. */
  @Column({ type: 'integer' })
  sortOrder!: number;

  /** SHA-256 of the entry's content fields; a different hash on import means the entry changed. */
  @Column({ type: 'text' })
  contentHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  firstSeenAt!: Date;

  @Column({ type: 'timestamptz' })
  lastChangedAt!: Date;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;
}
