import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { DocketEntry } from '../docket/docket-entry.entity';
import { MotionDisposition } from './motion-disposition';

/**
 * A docket entry (order, opinion, minute entry) deciding a motion it names by number. The motion's
 * entry is null until an entry with that number is on the docket; it is filled in when one arrives.
 * Derived from the ruling entry's text, with the words it came from; recomputed when that text changes.
 */
@Entity({ name: 'motion_rulings' })
@Index('motion_rulings_unique', ['rulingEntryId', 'motionNumber', 'disposition'], { unique: true })
@Index('motion_rulings_case_number', ['caseId', 'motionNumber'])
@Index('motion_rulings_motion_entry', ['motionEntryId'], { where: '"motion_entry_id" IS NOT NULL' })
export class MotionRuling {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  rulingEntryId!: string;

  /** The docket number the ruling names ("12" in "granting 12 Motion"). */
  @Column({ type: 'integer' })
  motionNumber!: number;

  @Column({ type: 'uuid', nullable: true })
  motionEntryId!: string | null;

  @Column({ type: 'text' })
  disposition!: MotionDisposition;

  /** The words of the ruling entry's text the link was read from, and where they are in it. */
  @Column({ type: 'text' })
  span!: string;

  @Column({ type: 'integer' })
  spanStart!: number;

  @Column({ type: 'integer' })
  spanEnd!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne('DocketEntry', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ruling_entry_id' })
  rulingEntry?: DocketEntry;

  @ManyToOne('DocketEntry', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'motion_entry_id' })
  motionEntry?: DocketEntry;
}
