import { Case } from '@casetrail/cases';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export enum CaseSourceProvider {
  CourtListener = 'courtlistener',
}

export enum SyncStatus {
  Never = 'never',
  Ok = 'ok',
  Failed = 'failed',
}

/**
 * A case followed on an outside source (a CourtListener docket), with where its sync stands: the
 * cursor of an unfinished page walk, the `date_modified` of the newest entry written (incremental
 * syncs ask for entries modified since), and the docket's validators for conditional requests.
 */
@Entity({ name: 'case_sources' })
@Index('case_sources_provider_external_unique', ['provider', 'externalId'], { unique: true })
export class CaseSource {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('case_sources_case')
  @Column({ type: 'uuid' })
  caseId!: string;

  /** Deleting a case deletes its followed dockets (its entries and documents go with the case). */
  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Column({ type: 'text' })
  provider!: CaseSourceProvider;

  /** CourtListener's docket id. */
  @Column({ type: 'text' })
  externalId!: string;

  @Column({ type: 'text' })
  url!: string;

  /** The `next` URL of a page walk that has not finished (a sync that died resumes there). */
  @Column({ type: 'text', nullable: true })
  cursor!: string | null;

  /** Newest `date_modified` of the entries written: the next incremental sync asks from there. */
  @Column({ type: 'text', nullable: true })
  modifiedSince!: string | null;

  /** Set when the first full walk of the entries finished; later syncs are incremental. */
  @Column({ type: 'timestamptz', nullable: true })
  backfilledAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  etag!: string | null;

  @Column({ type: 'text', nullable: true })
  lastModified!: string | null;

  @Column({ type: 'text', default: SyncStatus.Never })
  lastStatus!: SyncStatus;

  /** `code: message` of the last failure; cleared by the next success. */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  lastResult!: Record<string, unknown> | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSyncedAt!: Date | null;

  @Index('case_sources_next_sync')
  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextSyncAt!: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
