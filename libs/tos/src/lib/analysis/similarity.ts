import { contentTokens, foldTypography, inlineToPlain } from './text';
import type { Clause } from './types';
import { canonicalUrl } from './urls';

const CACHE_LIMIT = 50_000;
const equalityCache = new Map<string, string>();
const tokenCache = new Map<string, ReadonlySet<string>>();

function cached<T>(cache: Map<string, T>, key: string, compute: (key: string) => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = compute(key);
    cache.set(key, value);
  }
  return value;
}

/** The form two clause texts must share to count as unchanged: plain text, canonical links, folded typography. */
export function equalityText(clause: Pick<Clause, 'text'>): string {
  return cached(equalityCache, clause.text, (text) => foldTypography(inlineToPlain(text, canonicalUrl)));
}

export function tokenSet(clause: Pick<Clause, 'text'>): ReadonlySet<string> {
  return cached(tokenCache, clause.text, (text) => new Set(contentTokens(inlineToPlain(text))));
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (large.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

function lastLabelPart(label: string | null): string | null {
  if (!label) return null;
  const m = /(\([^)]+\)|[^.()]+)$/.exec(label);
  return m ? m[1].replace(/[()]/g, '') : null;
}

/** Context bonus for a candidate pair: same section title, same (last) label, similar position. */
export function contextBonus(a: Clause, b: Clause, aRel: number, bRel: number): number {
  let bonus = 0;
  const ha = a.headingPath[a.headingPath.length - 1]?.toLowerCase();
  const hb = b.headingPath[b.headingPath.length - 1]?.toLowerCase();
  if (ha !== undefined && ha === hb) bonus += 0.08;
  if (a.label && (a.label === b.label || lastLabelPart(a.label) === lastLabelPart(b.label))) bonus += 0.04;
  bonus += 0.04 * (1 - Math.min(1, Math.abs(aRel - bRel) * 4));
  return bonus;
}
