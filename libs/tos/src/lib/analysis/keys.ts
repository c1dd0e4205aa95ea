import { createHash } from 'node:crypto';
import { contextBonus, equalityText, jaccard, tokenSet } from './similarity';
import { inlineToPlain } from './text';
import type { Clause, KeyedClause } from './types';

export interface KeyAssignmentOptions {
  /** Minimum score (token Jaccard plus context bonus) for a reworded clause to keep its key. */
  minScore?: number;
}

const DEFAULT_MIN_SCORE = 0.5;
/** Below this raw similarity no context makes two clauses the same clause. */
const MIN_SIMILARITY = 0.35;

function slug(text: string): string {
  const words = inlineToPlain(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  return (words ?? []).slice(0, 6).join('-').slice(0, 48).replace(/-+$/, '') || 'clause';
}

/** A readable, deterministic key: the first words of the clause plus a short hash of its text. */
export function mintClauseKey(clause: Clause): string {
  const hash = createHash('sha1')
    .update(`${clause.kind}\u0000${equalityText(clause)}`)
    .digest('hex')
    .slice(0, 6);
  return `${slug(clause.text)}-${hash}`;
}

const EMPTY: ReadonlySet<string> = new Set<string>();

interface Candidate {
  prev: number;
  next: number;
  score: number;
}

function fuzzyPairs(
  prev: readonly KeyedClause[],
  next: readonly Clause[],
  prevIdx: number[],
  nextIdx: number[],
  minScore: number,
): Candidate[] {
  const prevTokens = new Map(prevIdx.map((i) => [i, tokenSet(prev[i])]));
  const byToken = new Map<string, number[]>();
  for (const i of prevIdx) for (const t of prevTokens.get(i) ?? []) byToken.set(t, [...(byToken.get(t) ?? []), i]);
  const candidates: Candidate[] = [];
  for (const j of nextIdx) {
    const tokens = tokenSet(next[j]);
    const seen = new Set<number>();
    for (const t of tokens) for (const i of byToken.get(t) ?? []) seen.add(i);
    for (const i of seen) {
      const a = prevTokens.get(i) ?? EMPTY;
      const sim = jaccard(a, tokens);
      // Short clauses share words by chance: ask more of them unless their label is the same.
      const tiny = a.size + tokens.size <= 6;
      const sameLabel = prev[i].label !== null && prev[i].label === next[j].label;
      const sameKind = prev[i].kind === next[j].kind;
      if (sim < MIN_SIMILARITY || (tiny && sim < (sameLabel ? 0.5 : 0.66)) || (!sameKind && sim < 0.8)) continue;
      const score = sim + contextBonus(prev[i], next[j], i / prev.length, j / next.length) - (sameKind ? 0 : 0.15);
      if (score >= minScore) candidates.push({ prev: i, next: j, score });
    }
  }
  return candidates.sort((x, y) => y.score - x.score || x.next - y.next || x.prev - y.prev);
}

/**
 * Gives each clause of a new version a stable key: identical clauses keep theirs, reworded,
 * renumbered or moved clauses keep theirs when their token similarity (plus heading, label and
 * position context) is high enough, paired greedily best score first; the rest get new keys.
 */
export function assignClauseKeys(
  previous: readonly KeyedClause[] | null,
  next: readonly Clause[],
  options: KeyAssignmentOptions = {},
): KeyedClause[] {
  const keys: (string | null)[] = next.map(() => null);
  const used = new Set<string>();
  if (previous && previous.length) {
    const matchedPrev = new Set<number>();
    // Identical text under the same kind first, then identical text turned heading or paragraph.
    for (const withKind of [true, false]) {
      const byText = new Map<string, number[]>();
      previous.forEach((c, i) => {
        if (matchedPrev.has(i)) return;
        const k = `${withKind ? c.kind : ''}\u0000${equalityText(c)}`;
        byText.set(k, [...(byText.get(k) ?? []), i]);
      });
      next.forEach((c, j) => {
        if (keys[j] !== null) return;
        const i = byText.get(`${withKind ? c.kind : ''}\u0000${equalityText(c)}`)?.shift();
        if (i === undefined) return;
        keys[j] = previous[i].key;
        matchedPrev.add(i);
      });
    }
    const prevIdx = previous.map((_, i) => i).filter((i) => !matchedPrev.has(i));
    const nextIdx = next.map((_, j) => j).filter((j) => keys[j] === null);
    if (prevIdx.length && nextIdx.length) {
      for (const c of fuzzyPairs(previous, next, prevIdx, nextIdx, options.minScore ?? DEFAULT_MIN_SCORE)) {
        if (keys[c.next] !== null || matchedPrev.has(c.prev)) continue;
        keys[c.next] = previous[c.prev].key;
        matchedPrev.add(c.prev);
      }
    }
    for (const c of previous) used.add(c.key);
  }
  for (const k of keys) if (k) used.add(k);
  return next.map((clause, j) => {
    let key = keys[j];
    if (key === null) {
      const base = mintClauseKey(clause);
      key = base;
      for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
      used.add(key);
    }
    return { ...clause, key };
  });
}
