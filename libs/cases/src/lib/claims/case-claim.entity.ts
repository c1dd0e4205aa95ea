import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Case } from '../cases/case.entity';
import { ClaimCode, ClaimStatus } from './claim-code';
import type { CaseClaimStatusChange } from './case-claim-status-change.entity';

/** Where a claim or a status change comes from: a stored filing (and page), a docket entry, or a URL. */
export interface ClaimSource {
  documentId: string | null;
  entryNumber: number | null;
  page: number | null;
  url: string | null;
}

/**
 * One claim of a case as pleaded (a count of a complaint) or as a tracker reports it (seed data),
 * with its current status; every status it had is in `case_claim_status_changes`.
 */
@Entity({ name: 'case_claims' })
@Index('case_claims_natural_key', ['caseId', 'naturalKey'], { unique: true })
@Index('case_claims_code', ['code', 'status'])
export class CaseClaim {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** `doc:<documentId>:<ordinal or heading>:<code>` for a pleaded count, `seed:<text>:<code>` for seed data. */
  @Column({ type: 'text' })
  naturalKey!: string;

  @Column({ type: 'text' })
  code!: ClaimCode;

  /** The heading as pleaded, or the tracker's wording. */
  @Column({ type: 'text' })
  heading!: string;

  /** `COUNT I`, `FIRST CLAIM FOR RELIEF`; null for a claim not read from a complaint. */
  @Column({ type: 'text', nullable: true })
  label!: string | null;

  @Column({ type: 'integer', nullable: true })
  ordinal!: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  statutes!: string[];

  /** The pleading the claim was read from (a document of this case); null for seed claims. */
  @Column({ type: 'uuid', nullable: true })
  documentId!: string | null;

  @Column({ type: 'integer', nullable: true })
  entryNumber!: number | null;

  @Column({ type: 'integer', nullable: true })
  page!: number | null;

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @Column({ type: 'text', default: ClaimStatus.Pending })
  status!: ClaimStatus;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @OneToMany('CaseClaimStatusChange', 'claim')
  history?: CaseClaimStatusChange[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
