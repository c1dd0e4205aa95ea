import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Case } from '../cases/case.entity';

/** A dated fact about a case (a ruling, a hearing, a transfer) with the source that reports it. */
@Entity({ name: 'case_events' })
@Index('case_events_case_date', ['caseId', 'date'])
@Index('case_events_natural_key', ['caseId', 'naturalKey'], { unique: true })
export class CaseEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  /** Null when the sources give no exact day; `dateNote` then says what is known. */
  @Column({ type: 'date', nullable: true })
  date!: string | null;

  /** Set when the date is approximate or derived ("derived from the order's date"). */
  @Column({ type: 'text', nullable: true })
  dateNote!: string | null;

  @Column({ type: 'text' })
  type!: string;

  /** date|type|title: what makes two reports of an event the same event (dates may be null). */
  @Column({ type: 'text' })
  naturalKey!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceUrl!: string | null;

  @ManyToOne('Case', 'events', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

export function caseEventKey(event: { date: string | null; type: string; title: string }): string {
  return `${event.date ?? 'undated'}|${event.type}|${event.title}`;
}
