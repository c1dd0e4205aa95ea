import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Case } from '../cases/case.entity';
import type { DocketEntry } from '../docket/docket-entry.entity';

/** Kinds of activity; consumers (alerts, feeds) switch on these. */
export enum CaseActivityType {
  DocketEntryCreated = 'docket_entry.created',
  DocketEntryUpdated = 'docket_entry.updated',
}

/**
 * Append-only log of what changed in a case, written in the transaction that made the change.
 * The id is a monotonic sequence: a consumer remembers the last id it processed and reads on from
 * there. Rows are never updated (a trigger refuses it); see docs/decisions.
 */
@Entity({ name: 'case_activity' })
@Index('case_activity_case', ['caseId', 'id'])
export class CaseActivity {
  /** bigint, returned by the driver as a string. */
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  type!: CaseActivityType;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Index('case_activity_docket_entry')
  @Column({ type: 'uuid', nullable: true })
  docketEntryId!: string | null;

  /** Versioned (`v`) description of the change, complete enough to act on without a join. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @ManyToOne('DocketEntry', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'docket_entry_id' })
  docketEntry?: DocketEntry;
}
