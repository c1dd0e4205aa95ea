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
import { Court } from '../courts/court.entity';
import { CaseEvent } from '../events/case-event.entity';
import { CaseJudge } from '../judges/case-judge.entity';
import { CaseParty } from '../parties/case-party.entity';
import { CaseStage } from '../stages/case-stage';
import type { DerivedStage } from '../stages/derive-stage';
import { CaseStatus } from './case-status';

export interface OtherDocketNumber {
  courtId: string;
  docketNumber: string;
  note: string;
}

export interface SourceLink {
  title: string | null;
  url: string;
}

@Entity({ name: 'cases' })
@Index('cases_court_docket_unique', ['courtId', 'docketNumber'], { unique: true, where: '"docket_number" IS NOT NULL' })
@Index('cases_caption_trgm', { synchronize: false })
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('cases_slug_unique', { unique: true })
  @Column({ type: 'text' })
  slug!: string;

  @Column({ type: 'text' })
  caption!: string;

  @Column({ type: 'text' })
  shortName!: string;

  @Column({ type: 'text' })
  courtId!: string;

  @ManyToOne(() => Court, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: Court;

  /** Normalised (`1:23-cv-11195`); judge initials live apart in `judgeInitials`. */
  @Column({ type: 'text', nullable: true })
  docketNumber!: string | null;

  @Column({ type: 'text', nullable: true })
  docketNumberAsWritten!: string | null;

  @Column({ type: 'text', nullable: true })
  judgeInitials!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  otherDocketNumbers!: OtherDocketNumber[];

  @Column({ type: 'date', nullable: true })
  filedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  terminatedOn!: string | null;

  @Column({ type: 'text', default: CaseStatus.Pending })
  status!: CaseStatus;

  @Column({ type: 'text', nullable: true })
  statusNote!: string | null;

  @Column({ type: 'text', nullable: true })
  natureOfSuit!: string | null;

  @Column({ type: 'text', nullable: true })
  cause!: string | null;

  @Column({ type: 'text', nullable: true })
  juryDemand!: string | null;

  @Column({ type: 'text', nullable: true })
  jurisdiction!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  claims!: string[];

  /** Reporter citations of this case's own opinions (`765 F. Supp. 3d 382`). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reportedCitations!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  sources!: SourceLink[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** Derived from the docket and events by CaseStagesService; `stageSource` names what set it. */
  @Column({ type: 'text', default: CaseStage.Pleadings })
  stage!: CaseStage;

  @Column({ type: 'jsonb', nullable: true })
  stageSource!: DerivedStage['source'] | null;

  @Column({ type: 'text', nullable: true })
  courtListenerUrl!: string | null;

  @OneToMany(() => CaseParty, (party) => party.case)
  parties?: CaseParty[];

  @OneToMany(() => CaseJudge, (judge) => judge.case)
  judges?: CaseJudge[];

  @OneToMany(() => CaseEvent, (event) => event.case)
  events?: CaseEvent[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
