import { pageAt } from '../extraction/text-scan';
import type { Span } from '../extraction/types';

/** A clause of one ToS version, as the ToS lib hands it over. */
export interface TosClauseText {
  /** The clause's stable key across versions. */
  clauseKey: string;
  versionId: string;
  text: string;
  /** The key citations of this clause are grouped under; defaults to `tos:<clauseKey>`. */
  citationKey?: string;
}

/** Quoted text of a filing that matches a ToS clause. */
export interface TosQuoteLink {
  /** The quotation, without its quote marks. */
  span: Span;
  page?: number;
  matchedText: string;
  clauseKey: string;
  versionId: string;
  key: string;
  /** Share of the quotation's word shingles found in the clause, 0..1. */
  score: number;
}

export interface QuoteLinkOptions {
  /** Start offset of each page, ascending (as for extractCitations). */
  pageOffsets?: number[];
  /** Quotations shorter than this many words are not matched (too generic). Default 8. */
  minWords?: number;
  /** Minimum share of the quotation's shingles that the clause must contain. Default 0.6. */
  minScore?: number;
  /** Words per shingle. Default 4. */
  shingleSize?: number;
}

// “curly” or "straight" quotations of 20 to 3,000 characters; quotes inside them are allowed
// when they are of the other kind.
const QUOTATION = /“([^”“]{20,3000})”|"([^"]{20,3000})"/g;
const ELLIPSIS = /\.\s?\.\s?\.|…/g;

/**
 * Text reduced for comparison: diacritics, case, apostrophes, bracketed alterations
 * ("[t]he" → "the") and punctuation folded. Ellipses become "|" so that shingles do not bridge
 * an omission.
 */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ELLIPSIS, ' | ')
    .replace(/\[(\w{0,3})\]/g, '$1')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Word shingles of `size` words, never across an ellipsis; a fragment shorter than `size` is one shingle. */
export function shingles(normalized: string, size: number): string[] {
  const out: string[] = [];
  for (const fragment of normalized.split('|')) {
    const words = fragment.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    if (words.length < size) {
      out.push(words.join(' '));
      continue;
    }
    for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  }
  return out;
}

function wordCount(normalized: string): number {
  return normalized.split(/[\s|]+/).filter(Boolean).length;
}

/**
 * Links each quotation in `text` to the clause that contains most of it (fuzzy: shingle
 * containment over normalised text, so alterations, ellipses, case and punctuation do not matter).
 * At equal scores the clause listed first wins: list the version in force first.
 */
export function linkQuotesToClauses(
  text: string,
  clauses: readonly TosClauseText[],
  options: QuoteLinkOptions = {},
): TosQuoteLink[] {
  const size = options.shingleSize ?? 4;
  const minWords = options.minWords ?? 8;
  const minScore = options.minScore ?? 0.6;
  const index = new Map<string, number[]>();
  clauses.forEach((clause, i) => {
    for (const shingle of new Set(shingles(normalizeQuoteText(clause.text), size))) {
      const list = index.get(shingle);
      if (list) list.push(i);
      else index.set(shingle, [i]);
    }
  });

  const links: TosQuoteLink[] = [];
  for (const match of text.matchAll(QUOTATION)) {
    const quoted = match[1] ?? match[2];
    const normalized = normalizeQuoteText(quoted);
    if (wordCount(normalized) < minWords) continue;
    const own = [...new Set(shingles(normalized, size))];
    const hits = new Map<number, number>();
    for (const shingle of own) for (const i of index.get(shingle) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    let best = -1;
    let bestHits = 0;
    for (const [i, count] of hits)
      if (count > bestHits || (count === bestHits && i < best)) [best, bestHits] = [i, count];
    const score = own.length === 0 ? 0 : bestHits / own.length;
    if (best < 0 || score < minScore) continue;
    const clause = clauses[best];
    const start = (match.index ?? 0) + 1;
    const link: TosQuoteLink = {
      span: { start, end: start + quoted.length },
      matchedText: quoted,
      clauseKey: clause.clauseKey,
      versionId: clause.versionId,
      key: clause.citationKey ?? `tos:${clause.clauseKey}`,
      score: Math.round(score * 1000) / 1000,
    };
    if (options.pageOffsets && options.pageOffsets.length > 0) link.page = pageAt(options.pageOffsets, start);
    links.push(link);
  }
  return links;
}
