import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ClaimStatus } from './claim-code';
import type { CaseClaim } from './case-claim.entity';

/** One change of a claim's status with the source that reports it (an order and page, or a URL). */
@Entity({ name: 'case_claim_status_changes' })
@Index('case_claim_status_changes_claim', ['claimId', 'createdAt'])
export class CaseClaimStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  claimId!: string;

  @Column({ type: 'text', nullable: true })
  fromStatus!: ClaimStatus | null;

  @Column({ type: 'text' })
  status!: ClaimStatus;

  /** The day the court (or the parties) decided it, when known. */
  @Column({ type: 'date', nullable: true })
  decidedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  documentId!: string | null;

  @Column({ type: 'integer', nullable: true })
  entryNumber!: number | null;

  @Column({ type: 'integer', nullable: true })
  page!: number | null;

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne('CaseClaim', 'history', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: CaseClaim;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
