import { Case } from '@casetrail/cases';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CitationSourceKind } from './citation-source';
import type { StoredCitationType } from './stored-citation-type';

/** A value of the `fields` column: what JSON holds (objects and lists kept opaque for TypeORM's types). */
export type JsonValue = string | number | boolean | null | object;

/**
 * One citation found in a filing or a ToS version: where (source, page, span), what (type,
 * normalised key, the text as written, parsed fields) and what it resolved to (a tracked case,
 * or a ToS clause of a version). Unresolved citations are kept: they still group by key.
 */
@Entity({ name: 'citations' })
@Index('citations_source', ['sourceKind', 'sourceId', 'spanStart'])
@Index('citations_key', ['key', 'sourceKind', 'sourceId', 'page'])
@Index('citations_resolved_case', ['resolvedCaseId'], { where: '"resolved_case_id" IS NOT NULL' })
@Index('citations_source_case', ['sourceCaseId'], { where: '"source_case_id" IS NOT NULL' })
export class Citation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  sourceKind!: CitationSourceKind;

  /** A document id or a ToS version id (no foreign key: the source table depends on the kind). */
  @Column({ type: 'uuid' })
  sourceId!: string;

  /** The case the citing filing belongs to, when known. */
  @Column({ type: 'uuid', nullable: true })
  sourceCaseId!: string | null;

  @ManyToOne(() => Case, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'source_case_id' })
  sourceCase?: Case | null;

  /** 1-based page of the source; null when the source has no pages. */
  @Column({ type: 'integer', nullable: true })
  page!: number | null;

  /** Character offsets into the source's text. */
  @Column({ type: 'integer' })
  spanStart!: number;

  @Column({ type: 'integer' })
  spanEnd!: number;

  @Column({ type: 'text' })
  type!: StoredCitationType;

  /** Normalised: `765 F. Supp. 3d 382`, `17 U.S.C. § 107`, `1:23-cv-11195`, `ECF No. 231`. */
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  matchedText!: string;

  /** The parsed parts (volume, reporter, pin cite, court, year, sections, ...). */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  fields!: Record<string, JsonValue>;

  @Column({ type: 'uuid', nullable: true })
  resolvedCaseId!: string | null;

  @ManyToOne(() => Case, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_case_id' })
  resolvedCase?: Case | null;

  @Column({ type: 'text', nullable: true })
  resolvedTosClauseKey!: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedTosVersionId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
