import * as fs from 'fs';
import { corpusPath } from '@casetrail/testing';

/** One entry of citations/eyecite-cases.json (fields we use). */
export interface EyeciteCase {
  id: string;
  text: string;
  options: { clean_steps?: string[] };
  isMarkup: boolean;
  expectedCount: number;
  expected: EyeciteExpected[];
}

export interface EyeciteExpected {
  type: string;
  reporter?: string;
  reporter_found?: string;
  volume?: string;
  page?: string | null;
  section?: string;
  chapter?: string;
  pin_cite?: string;
  plaintiff?: string;
  defendant?: string;
}

export function loadEyeciteCases(): EyeciteCase[] {
  const raw = JSON.parse(fs.readFileSync(corpusPath('citations', 'eyecite-cases.json'), 'utf8')) as {
    cases: EyeciteCase[];
  };
  return raw.cases;
}

/** The cleaning eyecite's tests ask for: HTML tags out, whitespace collapsed. */
export function cleanLikeEyecite(c: EyeciteCase): string {
  let text = c.text;
  const steps = c.options.clean_steps ?? [];
  if (c.isMarkup || steps.includes('html')) text = text.replace(/<[^>]+>/g, '');
  if (steps.includes('all_whitespace')) text = text.replace(/\s+/g, ' ');
  if (steps.includes('inline_whitespace')) text = text.replace(/[ \t]+/g, ' ');
  return text;
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  misses: string[];
}

/** Precision/recall of `found` against `expected` tuples (multisets of strings) per test case. */
export function score(pairs: { id: string; expected: string[]; found: string[] }[]): Score {
  let expected = 0;
  let found = 0;
  let matched = 0;
  const misses: string[] = [];
  for (const p of pairs) {
    expected += p.expected.length;
    found += p.found.length;
    const pool = [...p.found];
    for (const e of p.expected) {
      const i = pool.indexOf(e);
      if (i >= 0) {
        pool.splice(i, 1);
        matched++;
      } else {
        misses.push(`${p.id}: missed ${e}`);
      }
    }
    for (const extra of pool) misses.push(`${p.id}: extra ${extra}`);
  }
  return {
    expected,
    found,
    matched,
    precision: found === 0 ? 1 : matched / found,
    recall: expected === 0 ? 1 : matched / expected,
    misses,
  };
}
