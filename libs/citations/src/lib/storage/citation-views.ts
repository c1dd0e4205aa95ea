import type { Page } from '@casetrail/core';
import type { Citation, JsonValue } from './citation.entity';
import type { CitationSourceKind } from './citation-source';
import type { StoredCitationType } from './stored-citation-type';

export interface CaseRef {
  id: string;
  slug: string;
  shortName: string;
}

/** One source and page citing a key, with the citations on that page. */
export interface CitingSourceView {
  source: { kind: CitationSourceKind; id: string; case: CaseRef | null };
  /** null when the source has no pages */
  page: number | null;
  citations: { id: string; type: StoredCitationType; matchedText: string; span: { start: number; end: number } }[];
}

export interface CitationsByKeyView extends Page<CitingSourceView> {
  /** the key as normalised */
  key: string;
  /** the tracked case this key is about, if any */
  resolvedCase: CaseRef | null;
}

/** A stored citation as listed for its source. */
export interface SourceCitationView {
  id: string;
  type: StoredCitationType;
  key: string;
  page: number | null;
  span: { start: number; end: number };
  matchedText: string;
  fields: Record<string, JsonValue>;
  resolvedCase: CaseRef | null;
  resolvedTosClause: { key: string; versionId: string | null } | null;
}

export function toSourceCitationView(row: Citation): SourceCitationView {
  return {
    id: row.id,
    type: row.type,
    key: row.key,
    page: row.page,
    span: { start: row.spanStart, end: row.spanEnd },
    matchedText: row.matchedText,
    fields: row.fields,
    resolvedCase: row.resolvedCase
      ? { id: row.resolvedCase.id, slug: row.resolvedCase.slug, shortName: row.resolvedCase.shortName }
      : null,
    resolvedTosClause: row.resolvedTosClauseKey
      ? { key: row.resolvedTosClauseKey, versionId: row.resolvedTosVersionId }
      : null,
  };
}
