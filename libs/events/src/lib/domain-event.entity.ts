import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DomainEventType } from './domain-event-type';

/**
 * The append-only outbox of things that happened, written in the same transaction as the change
 * itself. Its increasing id gives every consumer (alert matching, feeds) a total order and a
 * resumable position.
 */
@Entity({ name: 'domain_events' })
@Index('domain_events_case', ['caseId', 'id'])
@Index('domain_events_type', ['type', 'id'])
export class DomainEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'text' })
  type!: DomainEventType;

  /** The case concerned, when there is one (documents, docket entries, citations in filings). */
  @Column({ type: 'uuid', nullable: true })
  caseId!: string | null;

  /** The id of the thing that changed: a document, a docket entry, a ToS version, a citation. */
  @Column({ type: 'text' })
  subjectId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  payload!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
