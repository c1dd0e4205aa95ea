import { diffWords } from 'diff';
import { TosError, TosErrorCode } from '../tos-error';
import { equalityText } from './similarity';
import type { ClauseChange, KeyedClause, WordDiffOp } from './types';

/** Word-level diff of two clause texts, adjacent operations of one kind merged. */
export function wordDiff(before: string, after: string): WordDiffOp[] {
  const ops: WordDiffOp[] = [];
  for (const part of diffWords(before, after)) {
    const op: WordDiffOp['op'] = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += part.value;
    else ops.push({ op, text: part.value });
  }
  return ops;
}

function indexByKey(clauses: readonly KeyedClause[], side: string): Map<string, KeyedClause> {
  const map = new Map<string, KeyedClause>();
  for (const c of clauses) {
    if (map.has(c.key)) {
      throw new TosError(TosErrorCode.DuplicateClauseKey, `Duplicate clause key in ${side} version: ${c.key}`, {
        key: c.key,
      });
    }
    map.set(c.key, c);
  }
  return map;
}

/** Key of the heading each clause sits under (for a heading: its parent heading); '' at top level. */
function sectionKeys(clauses: readonly KeyedClause[]): Map<string, string> {
  const stack: { level: number; key: string }[] = [];
  const out = new Map<string, string>();
  for (const c of clauses) {
    if (c.kind === 'heading') {
      const level = c.level ?? 1;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      out.set(c.key, stack[stack.length - 1]?.key ?? '');
      stack.push({ level, key: c.key });
    } else {
      out.set(c.key, stack[stack.length - 1]?.key ?? '');
    }
  }
  return out;
}

/** Keys whose relative order is kept: a longest increasing subsequence of previous positions. */
function inOrderKeys(seq: { key: string; pos: number }[]): Set<string> {
  const tails: number[] = [];
  const prevOf: number[] = new Array(seq.length).fill(-1);
  for (let i = 0; i < seq.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]].pos < seq[i].pos) lo = mid + 1;
      else hi = mid;
    }
    prevOf[i] = lo > 0 ? tails[lo - 1] : -1;
    tails[lo] = i;
  }
  const keep = new Set<string>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = prevOf[i]) keep.add(seq[i].key);
  return keep;
}

/**
 * Changes between two keyed versions: `added` and `removed` keys, `modified` clauses (text differs
 * beyond typography and link tracking; with a word diff), and `moved` clauses (same text, but under
 * another heading or out of their previous order). Renumbering alone is not a change.
 */
export function diffVersions(prev: readonly KeyedClause[], next: readonly KeyedClause[]): ClauseChange[] {
  const before = indexByKey(prev, 'previous');
  const after = indexByKey(next, 'next');
  const prevPos = new Map(prev.map((c, i) => [c.key, i]));
  const sectionBefore = sectionKeys(prev);
  const sectionAfter = sectionKeys(next);
  const ordered = inOrderKeys(
    next.filter((c) => before.has(c.key)).map((c) => ({ key: c.key, pos: prevPos.get(c.key) ?? 0 })),
  );

  const placed: { at: number; change: ClauseChange }[] = [];
  let lastSurvivor = -1;
  const survivorAt = new Map<number, number>();
  next.forEach((c, j) => {
    const old = before.get(c.key);
    if (!old) {
      placed.push({ at: j, change: { kind: 'added', key: c.key, before: null, after: c } });
      return;
    }
    survivorAt.set(prevPos.get(c.key) ?? 0, j);
    if (equalityText(old) !== equalityText(c)) {
      placed.push({
        at: j,
        change: { kind: 'modified', key: c.key, before: old, after: c, wordDiff: wordDiff(old.text, c.text) },
      });
    } else if (sectionBefore.get(c.key) !== sectionAfter.get(c.key) || !ordered.has(c.key)) {
      placed.push({ at: j, change: { kind: 'moved', key: c.key, before: old, after: c } });
    }
  });
  prev.forEach((c, i) => {
    if (survivorAt.has(i)) lastSurvivor = survivorAt.get(i) ?? lastSurvivor;
    if (!after.has(c.key))
      placed.push({ at: lastSurvivor + 0.5, change: { kind: 'removed', key: c.key, before: c, after: null } });
  });
  return placed.sort((a, b) => a.at - b.at).map((p) => p.change);
}
