import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Case } from '../cases/case.entity';

export enum CaseRelationType {
  MdlMember = 'mdl_member',
  ConsolidatedWith = 'consolidated_with',
  TransferredTo = 'transferred_to',
  AppealOf = 'appeal_of',
  RefiledAs = 'refiled_as',
  Related = 'related',
}

export const CASE_RELATION_TYPES = Object.values(CaseRelationType);

/** A directed link: `fromCase` is a member of / was transferred to / appeals `toCase`. */
@Entity({ name: 'case_relations' })
@Index('case_relations_unique', ['fromCaseId', 'toCaseId', 'type'], { unique: true })
export class CaseRelation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  fromCaseId!: string;

  @Index('case_relations_to_case')
  @Column({ type: 'uuid' })
  toCaseId!: string;

  @Column({ type: 'text' })
  type!: CaseRelationType;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_case_id' })
  fromCase?: Case;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_case_id' })
  toCase?: Case;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
