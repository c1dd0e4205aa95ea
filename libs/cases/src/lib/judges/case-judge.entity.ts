import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Case } from '../cases/case.entity';
import { Judge } from './judge.entity';

export enum JudgeRole {
  Assigned = 'assigned',
  Referred = 'referred',
}

@Entity({ name: 'case_judges' })
export class CaseJudge {
  @PrimaryColumn({ type: 'uuid' })
  caseId!: string;

  @PrimaryColumn({ type: 'uuid' })
  judgeId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: JudgeRole;

  /** "U.S.D.J.", "U.S.M.J." */
  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @ManyToOne('Case', 'judges', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @ManyToOne(() => Judge, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'judge_id' })
  judge?: Judge;
}
