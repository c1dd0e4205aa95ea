import type { Citation as ExtractedCitation } from '../extraction/types';
import type { TosQuoteLink } from '../tos-quotes/quote-linker';
import type { JsonValue } from './citation.entity';
import type { StoredCitationType } from './stored-citation-type';

/** A citation about to be stored, before resolution. */
export interface CitationDraft {
  type: StoredCitationType;
  key: string;
  page: number | null;
  spanStart: number;
  spanEnd: number;
  matchedText: string;
  fields: Record<string, JsonValue>;
  resolvedTosClauseKey: string | null;
  resolvedTosVersionId: string | null;
}

const NOT_FIELDS = new Set(['type', 'key', 'span', 'page', 'matchedText', 'antecedentIndex']);

/** The extractor's parsed parts, minus what has a column and the in-memory antecedent index. */
function fieldsOf(citation: ExtractedCitation): Record<string, JsonValue> {
  // The extractor's citations are plain data: strings, numbers, spans and string lists.
  return Object.fromEntries(
    Object.entries(citation).filter(([name, value]) => !NOT_FIELDS.has(name) && value !== undefined),
  ) as Record<string, JsonValue>;
}

export function draftFromExtracted(citation: ExtractedCitation): CitationDraft {
  return {
    type: citation.type,
    key: citation.key,
    page: citation.page ?? null,
    spanStart: citation.span.start,
    spanEnd: citation.span.end,
    matchedText: citation.matchedText,
    fields: fieldsOf(citation),
    resolvedTosClauseKey: null,
    resolvedTosVersionId: null,
  };
}

export function draftFromQuote(link: TosQuoteLink): CitationDraft {
  return {
    type: 'tos_quote',
    key: link.key,
    page: link.page ?? null,
    spanStart: link.span.start,
    spanEnd: link.span.end,
    matchedText: link.matchedText,
    fields: { ...(link.fields ?? {}), score: link.score, ...(link.parts ? { parts: link.parts } : {}) },
    resolvedTosClauseKey: link.clauseKey,
    resolvedTosVersionId: link.versionId,
  };
}

/**
 * Identity of a citation within its source: the same type and key at the same place. Repeats
 * of one identity (a group "§§ 106(1), 106(2)" gives two `17 U.S.C. § 106` at one span) are
 * numbered in order, so re-extracting unchanged text matches every row to itself.
 */
export function identities<T extends Pick<CitationDraft, 'type' | 'key' | 'page' | 'spanStart' | 'spanEnd'>>(
  rows: readonly T[],
): [string, T][] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const base = `${row.type}|${row.key}|${row.page ?? ''}|${row.spanStart}|${row.spanEnd}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [`${base}#${n}`, row];
  });
}
