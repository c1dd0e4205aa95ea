import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ClauseKind } from '../analysis/types';
import type { TosVersion } from './tos-version.entity';

/** One clause of a version. `key` stays the same while the clause is renumbered, moved or reworded. */
@Entity({ name: 'tos_clauses' })
@Index('tos_clauses_key', ['key', 'versionId'])
export class TosClause {
  @PrimaryColumn({ type: 'uuid' })
  versionId!: string;

  @PrimaryColumn({ type: 'text' })
  key!: string;

  @ManyToOne('TosVersion', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  version?: TosVersion;

  /** 1-based position in the version. */
  @Column({ type: 'integer' })
  ordinal!: number;

  @Column({ type: 'text' })
  kind!: ClauseKind;

  /** Heading level (1-6) of a heading clause. */
  @Column({ type: 'smallint', nullable: true })
  level!: number | null;

  /** Enumeration label as written ("(c)(iii)", "3.3(e)"), without the clause text. */
  @Column({ type: 'text', nullable: true })
  label!: string | null;

  /** The headings above the clause, outermost first. */
  @Column({ type: 'text', array: true })
  headingPath!: string[];

  /** Inline Markdown of the clause. */
  @Column({ type: 'text' })
  text!: string;
}
