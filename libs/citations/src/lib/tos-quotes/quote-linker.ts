import { pageAt } from '../extraction/text-scan';
import type { Span } from '../extraction/types';
import { findQuotations, normalizeQuoteText, plainClauseText, Quotation, shingles, wordCount } from './quote-text';

export { findQuotations, normalizeQuoteText, plainClauseText, shingles } from './quote-text';

/** Facts stored with a citation of a clause (service, document type, version date...). */
export type QuoteFields = Record<string, string | number | boolean | null | string[]>;

/** A clause of one ToS version, as the ToS lib hands it over. */
export interface TosClauseText {
  /** The clause's stable key across versions. */
  clauseKey: string;
  versionId: string;
  text: string;
  /** The key citations of this clause are grouped under; defaults to `tos:<clauseKey>`. */
  citationKey?: string;
  /** The company behind the terms ("OpenAI"): a quotation never links to a provider it is ambiguous with. */
  provider?: string;
  /** Names a filing may call the terms by near a quotation ("ChatGPT", "OpenAI"); the provider is one. */
  names?: readonly string[];
  /** Stored with the citation. */
  fields?: QuoteFields;
}

/** Quoted text of a filing that matches a ToS clause. */
export interface TosQuoteLink {
  /** The quotation, without its quote marks (both parts of a quotation split in two). */
  span: Span;
  page?: number;
  matchedText: string;
  clauseKey: string;
  versionId: string;
  key: string;
  /** Share of the quotation's word shingles found in the clause, 0..1. */
  score: number;
  /** The two quoted parts, when a quotation is split across two sentences. */
  parts?: Span[];
  fields?: QuoteFields;
}

export interface QuoteLinkOptions {
  /** Start offset of each page, ascending (as for extractCitations). */
  pageOffsets?: number[];
  /** Quotations shorter than this many words are not matched (too generic). Default 8. */
  minWords?: number;
  /** Minimum share of the quotation's shingles that the clause must contain. Default 0.7. */
  minScore?: number;
  /** Words per shingle. Default 4. */
  shingleSize?: number;
  /**
   * A clause of another provider scoring within this much of the best one makes the quotation
   * ambiguous, and it is not linked (unless the text around it names one provider). Default 0.15.
   */
  providerMargin?: number;
  /** Characters before a quotation searched for provider or service names. Default 400. */
  contextChars?: number;
  /** Largest gap between the two parts of a split quotation. Default 250. */
  maxSplitGap?: number;
}

/** Clauses cut into shingles once; reuse it for many filings against the same clauses. */
export interface ClauseIndex {
  clauses: readonly TosClauseText[];
  size: number;
  shingles: Map<string, number[]>;
  names: { pattern: RegExp; provider: string }[];
}

export function buildClauseIndex(clauses: readonly TosClauseText[], shingleSize = 4): ClauseIndex {
  const index = new Map<string, number[]>();
  clauses.forEach((clause, i) => {
    for (const shingle of new Set(shingles(normalizeQuoteText(plainClauseText(clause.text)), shingleSize))) {
      const list = index.get(shingle);
      if (list) list.push(i);
      else index.set(shingle, [i]);
    }
  });
  const names = new Map<string, string>();
  for (const clause of clauses) {
    if (!clause.provider) continue;
    for (const name of [clause.provider, ...(clause.names ?? [])]) {
      const folded = normalizeQuoteText(name);
      if (folded.length >= 3 && !names.has(folded)) names.set(folded, clause.provider);
    }
  }
  return {
    clauses,
    size: shingleSize,
    shingles: index,
    names: [...names].map(([name, provider]) => ({ pattern: new RegExp(`\\b${name}s?\\b`), provider })),
  };
}

interface Candidate {
  index: number;
  score: number;
}

interface Settings {
  size: number;
  minWords: number;
  minScore: number;
  margin: number;
  contextChars: number;
  maxSplitGap: number;
}

/**
 * Links each quotation in `text` to the clause that contains most of it (fuzzy: shingle
 * containment over normalised text, so alterations, ellipses, hyphenation, case and punctuation do
 * not matter). A quotation too short or too weak alone is tried together with the next one when
 * they are close (a quotation split across two sentences). At equal scores the clause listed first
 * wins: list the version in force first. Never links when another provider's clause is nearly as
 * good, unless the words before the quotation name only one of them.
 */
export function linkQuotesToClauses(
  text: string,
  clauses: readonly TosClauseText[] | ClauseIndex,
  options: QuoteLinkOptions = {},
): TosQuoteLink[] {
  const settings: Settings = {
    size: options.shingleSize ?? ('size' in clauses ? clauses.size : 4),
    minWords: options.minWords ?? 8,
    minScore: options.minScore ?? 0.7,
    margin: options.providerMargin ?? 0.15,
    contextChars: options.contextChars ?? 400,
    maxSplitGap: options.maxSplitGap ?? 250,
  };
  const index =
    'shingles' in clauses && !Array.isArray(clauses)
      ? (clauses as ClauseIndex)
      : buildClauseIndex(clauses as readonly TosClauseText[], settings.size);
  const quotations = findQuotations(text);
  const links: TosQuoteLink[] = [];
  for (let q = 0; q < quotations.length; q++) {
    const quote = quotations[q];
    const context = normalizeQuoteText(text.slice(Math.max(0, quote.start - settings.contextChars), quote.start));
    const alone = match(index, [quote], context, settings);
    if (alone) {
      links.push(toLink(alone, [quote], index, options.pageOffsets));
      continue;
    }
    const next = quotations[q + 1];
    if (!next || next.start - quote.end > settings.maxSplitGap) continue;
    const together = match(index, [quote, next], context, settings);
    if (!together) continue;
    links.push(toLink(together, [quote, next], index, options.pageOffsets));
    q += 1;
  }
  return links;
}

function match(index: ClauseIndex, parts: Quotation[], context: string, settings: Settings): Candidate | null {
  const normalized = parts.map((p) => normalizeQuoteText(p.text)).join(' | ');
  if (wordCount(normalized) < settings.minWords) return null;
  const own = quoteShingles(normalized, settings.size);
  if (own.length === 0) return null;
  const hits = new Map<number, number>();
  for (const shingle of own) for (const i of index.shingles.get(shingle) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
  const candidates = [...hits]
    .map(([i, count]) => ({ index: i, score: count / own.length }))
    .filter((c) => c.score >= settings.minScore)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  if (candidates.length === 0) return null;

  const providerOf = (c: Candidate) => index.clauses[c.index].provider ?? '';
  // The quotation itself naming a provider ("compete with OpenAI") rules out the others.
  const inQuote = namedProviders(index, normalized);
  let pool = inQuote.size > 0 ? candidates.filter((c) => inQuote.has(providerOf(c))) : candidates;
  if (pool.length === 0) return null;
  // The words just before it ("OpenAI's Terms of Use provide that") prefer that provider.
  const named = namedProviders(index, context);
  const preferred = pool.filter((c) => named.has(providerOf(c)));
  if (preferred.length > 0 && preferred[0].score >= pool[0].score - settings.margin) pool = preferred;
  const best = pool[0];
  const rival = pool.find((c) => providerOf(c) !== providerOf(best));
  if (rival && rival.score >= best.score - settings.margin) return null;
  return best;
}

/** The quotation's distinct shingles; fragments shorter than a shingle are left out when longer ones exist. */
function quoteShingles(normalized: string, size: number): string[] {
  const fragments = normalized.split('|').map((f) => f.trim());
  const long = fragments.filter((f) => f.split(' ').length >= size);
  return [...new Set(shingles((long.length > 0 ? long : fragments).join(' | '), size))];
}

function namedProviders(index: ClauseIndex, normalized: string): Set<string> {
  const found = new Set<string>();
  for (const { pattern, provider } of index.names) if (pattern.test(normalized)) found.add(provider);
  return found;
}

function toLink(
  candidate: Candidate,
  parts: Quotation[],
  index: ClauseIndex,
  pageOffsets: number[] | undefined,
): TosQuoteLink {
  const clause = index.clauses[candidate.index];
  const first = parts[0];
  const last = parts[parts.length - 1];
  const link: TosQuoteLink = {
    span: { start: first.start, end: last.end },
    matchedText: parts.map((p) => p.text).join(' … '),
    clauseKey: clause.clauseKey,
    versionId: clause.versionId,
    key: clause.citationKey ?? `tos:${clause.clauseKey}`,
    score: Math.round(candidate.score * 1000) / 1000,
  };
  if (parts.length > 1) link.parts = parts.map((p) => ({ start: p.start, end: p.end }));
  if (clause.fields) link.fields = clause.fields;
  if (pageOffsets && pageOffsets.length > 0) link.page = pageAt(pageOffsets, first.start);
  return link;
}
