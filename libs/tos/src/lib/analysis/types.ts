export type SnapshotFormat = 'html' | 'markdown';

/** `heading` clauses carry section titles; `text` clauses carry the terms themselves. */
export type ClauseKind = 'heading' | 'text';

export interface Clause {
  kind: ClauseKind;
  /** Plain text of the headings above this clause, outermost first. */
  headingPath: string[];
  /** 1-based position in the document. */
  ordinal: number;
  /** Composite enumeration label such as "(c)(iii)", "3.3(e)" or "1.4.a"; null when unnumbered. */
  label: string | null;
  /** Heading level (1-6) for headings, null for text clauses. */
  level: number | null;
  /** Inline Markdown of the clause, without its label. */
  text: string;
}

export interface KeyedClause extends Clause {
  key: string;
}

export type ClauseChangeKind = 'added' | 'removed' | 'modified' | 'moved';

export interface WordDiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface ClauseChange {
  kind: ClauseChangeKind;
  key: string;
  before: KeyedClause | null;
  after: KeyedClause | null;
  /** Word-level diff of the clause text, for `modified` changes. */
  wordDiff?: WordDiffOp[];
}

export interface NoiseVerdict {
  noiseOnly: boolean;
  reason?: string;
}
