import * as fs from 'node:fs';
import { corpusPath } from '@casetrail/testing';
import { parseRulings } from './parse-rulings';

/*
 * Precision and recall of motion-ruling links on every PACER docket report of the corpus, against
 * labels written by hand from reading each entry (testdata/motion-rulings.labels.json). An entry
 * the labels do not list decides no numbered motion: any link found there is a false positive.
 */

interface Labels {
  files: string[];
  rulings: { file: string; index: number; decides: { motion: string; disposition: string }[] }[];
}

const labels = JSON.parse(fs.readFileSync(`${__dirname}/testdata/motion-rulings.labels.json`, 'utf8')) as Labels;
const dockets = fs
  .readdirSync(corpusPath('pacer', 'dockets'))
  .filter((f) => f.endsWith('.json'))
  .sort();

interface Score {
  expected: number;
  found: number;
  correct: number;
}

function score(expected: Set<string>, found: Set<string>): Score {
  return { expected: expected.size, found: found.size, correct: [...found].filter((k) => expected.has(k)).length };
}

const expectedLinks = new Set<string>();
const expectedDispositions = new Set<string>();
for (const r of labels.rulings) {
  for (const d of r.decides) {
    expectedLinks.add(`${r.file}#${r.index}>${Number(d.motion)}`);
    expectedDispositions.add(`${r.file}#${r.index}>${Number(d.motion)}:${d.disposition}`);
  }
}
const foundLinks = new Set<string>();
const foundDispositions = new Set<string>();
let entries = 0;
for (const file of dockets) {
  const parsed = JSON.parse(fs.readFileSync(corpusPath('pacer', 'dockets', file), 'utf8')) as {
    docket_entries?: { description?: string | null }[] | null;
  };
  (parsed.docket_entries ?? []).forEach((entry, index) => {
    entries += 1;
    for (const r of parseRulings(entry.description ?? '')) {
      foundLinks.add(`${file}#${index}>${r.motionNumber}`);
      foundDispositions.add(`${file}#${index}>${r.motionNumber}:${r.disposition}`);
    }
  });
}
const links = score(expectedLinks, foundLinks);
const dispositions = score(expectedDispositions, foundDispositions);

describe('motion-ruling links on the corpus docket reports', () => {
  it('reads every docket report the labels were written from', () => {
    expect(dockets).toHaveLength(40);
    expect(entries).toBe(829);
    expect(labels.rulings).toHaveLength(71);
    expect(new Set(labels.rulings.map((r) => `${r.file}#${r.index}`)).size).toBe(71);
    expect(labels.files.every((f) => dockets.includes(f))).toBe(true);
  });

  it('links orders to the motions they decide with precision and recall of at least 95 %', () => {
    expect(links.correct / links.found).toBeGreaterThanOrEqual(0.95);
    expect(links.correct / links.expected).toBeGreaterThanOrEqual(0.95);
    // The figures stated in docs/motions.md.
    expect(links).toEqual({ expected: 78, found: 77, correct: 77 });
  });

  it('gives each link its disposition with precision and recall of at least 95 %', () => {
    expect(dispositions.correct / dispositions.found).toBeGreaterThanOrEqual(0.95);
    expect(dispositions.correct / dispositions.expected).toBeGreaterThanOrEqual(0.95);
    expect(dispositions).toEqual({ expected: 81, found: 80, correct: 80 });
  });
});
