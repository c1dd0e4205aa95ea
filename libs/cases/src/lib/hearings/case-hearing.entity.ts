import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Case } from '../cases/case.entity';
import type { HearingChange } from './derive-hearings';
import type { HearingKind, HearingStatus } from './hearing-kinds';

/**
 * A hearing or deadline of a case, derived from the docket entries that set, reset, vacated or held
 * it (docs/decisions/0011). Its id never changes once stored: a reset updates the same row.
 */
@Entity({ name: 'case_hearings' })
@Index('case_hearings_natural_key', ['caseId', 'naturalKey'], { unique: true })
@Index('case_hearings_case_date', ['caseId', 'date'])
export class CaseHearing {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** `<id of the entry that first set it>:<what>:<n>`: what makes a re-derivation find the same row. */
  @Column({ type: 'text' })
  naturalKey!: string;

  @Column({ type: 'text' })
  kind!: HearingKind;

  /** `motion_hearing`, `case_management_conference`, `trial`, `response_deadline`, … */
  @Column({ type: 'text' })
  what!: string;

  /** As the docket words it ("Initial Case Management Conference"). */
  @Column({ type: 'text' })
  label!: string;

  @Column({ type: 'text' })
  status!: HearingStatus;

  /** Court-local calendar date; null only for a hearing reported held without a date. */
  @Column({ type: 'date', nullable: true })
  date!: string | null;

  /** HH:MM court-local time, when the entry gives one. */
  @Column({ type: 'text', nullable: true })
  time!: string | null;

  /** IANA zone of the court when known; null keeps the time floating (local, no offset guessed). */
  @Column({ type: 'text', nullable: true })
  timeZone!: string | null;

  @Column({ type: 'uuid' })
  setByEntryId!: string;

  @Column({ type: 'uuid' })
  lastChangedByEntryId!: string;

  /** Changes since it was first set; the ICS SEQUENCE. */
  @Column({ type: 'integer', default: 0 })
  sequence!: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  history!: HearingChange[];

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
