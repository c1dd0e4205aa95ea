import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ClauseChangeKind, WordDiffOp } from '../analysis/types';
import type { TosVersion } from './tos-version.entity';

/** How one clause changed from a version to the next one. */
@Entity({ name: 'tos_changes' })
@Index('tos_changes_clause_key', ['clauseKey'])
export class TosChange {
  @PrimaryColumn({ type: 'uuid' })
  toVersionId!: string;

  @PrimaryColumn({ type: 'text' })
  clauseKey!: string;

  @ManyToOne('TosVersion', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'to_version_id' })
  toVersion?: TosVersion;

  /** Null for the clauses of a first version that continues no other document. */
  @Column({ type: 'uuid', nullable: true })
  fromVersionId!: string | null;

  @Column({ type: 'text' })
  kind!: ClauseChangeKind;

  /** Position of the change in reading order of the new version. */
  @Column({ type: 'integer' })
  ordinal!: number;

  /** Word-level diff of a `modified` clause. */
  @Column({ type: 'jsonb', nullable: true })
  wordDiff!: WordDiffOp[] | null;
}
