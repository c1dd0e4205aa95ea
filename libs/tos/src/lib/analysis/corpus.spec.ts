import { replayHistory, type ReplayResult } from './replay';
import type { ClauseChange } from './types';
import {
  findDocument,
  flaggedNoiseVerdicts,
  formatCorpusTable,
  loadTosIndex,
  recordedVersions,
  replayCorpus,
  tally,
  type CorpusReplay,
  type TosIndexDocument,
} from '../../testing/tos-corpus';

/** From index.json, and what a run of this replay gives (see docs/tos.md). */
const FLAGGED_NOISE = 275;
const FLAGGED_SKIPPED_AS_NOISE = 271;

const COMPETE = /develop (?:any )?(?:artificial intelligence )?models that compete with/i;

function replayLineage(index: readonly TosIndexDocument[], folders: string[]): ReplayResult {
  return replayHistory(folders.flatMap((f) => recordedVersions(findDocument(index, f))));
}

/** Kept versions of a lineage with the change (if any) of one clause key in each. */
function historyOf(result: ReplayResult, key: string): { recordedAt: string; change: ClauseChange | undefined }[] {
  return result.kept.map((k) => ({ recordedAt: k.recordedAt, change: k.changes.find((c) => c.key === key) }));
}

function printHistory(title: string, history: { recordedAt: string; change: ClauseChange | undefined }[]): void {
  const lines = history
    .filter((h) => h.change)
    .map(
      (h) =>
        `  ${h.recordedAt}  ${h.change?.kind.padEnd(8)} ${h.change?.after?.label ?? ''} ${h.change?.after?.text ?? ''}`,
    );
  console.log(`${title}\n${lines.join('\n')}`);
}

describe('the whole terms-of-service corpus', () => {
  const index = loadTosIndex();
  let corpus: CorpusReplay;
  let elapsed = 0;

  beforeAll(() => {
    const started = Date.now();
    corpus = replayCorpus(index);
    elapsed = Date.now() - started;
    console.log(`${formatCorpusTable(corpus.rows)}\nreplayed in ${(elapsed / 1000).toFixed(1)} s`);
  }, 120_000);

  it('accounts for every recorded version of every document', () => {
    expect(corpus.rows).toHaveLength(index.length);
    for (const row of corpus.rows) {
      const result = corpus.results.get(row.document);
      expect(row.kept).toBeGreaterThanOrEqual(1);
      expect((result?.kept.length ?? 0) + (result?.skipped.length ?? 0)).toBe(row.recorded);
    }
    expect(corpus.rows.reduce((n, r) => n + r.recorded, 0)).toBe(index.reduce((n, d) => n + d.versions.length, 0));
  });

  it('skips as noise, snapshot by snapshot, at least 95% of the versions index.json flags as noise', () => {
    const verdicts = flaggedNoiseVerdicts(index, (document, recordedAt) => {
      const result = corpus.results.get(document);
      if (result?.kept.some((k) => k.recordedAt === recordedAt)) return 'kept';
      return result?.skipped.find((s) => s.recordedAt === recordedAt)?.reason;
    });
    const counts = tally(verdicts);
    console.log(
      `index.json flags ${verdicts.length} versions as noise; our verdicts on them: ${JSON.stringify(counts)}`,
    );
    expect(counts['missing']).toBeUndefined();
    expect(verdicts).toHaveLength(FLAGGED_NOISE);
    expect(counts['noise']).toBe(FLAGGED_SKIPPED_AS_NOISE);
    expect(FLAGGED_SKIPPED_AS_NOISE / FLAGGED_NOISE).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps at most 15 of the recorded versions of ChatGPT Commercial Terms', () => {
    const row = corpus.rows.find((r) => r.document === 'ChatGPT/Commercial Terms');
    expect(row?.recorded).toBe(findDocument(index, 'ChatGPT/Commercial Terms').versions.length);
    expect(row?.kept).toBeLessThanOrEqual(15);
  });

  it('keeps one key for "develop models that compete with OpenAI" across the Terms of Use', () => {
    const result = replayLineage(index, ['OpenAI/Terms of Service', 'ChatGPT/Terms of Service']);
    const first = result.kept[0].clauses.filter((c) => COMPETE.test(c.text));
    expect(first).toHaveLength(1);
    expect(first[0].label).toBe('(c)(iii)');
    const key = first[0].key;
    for (const kept of result.kept) {
      expect(kept.clauses.filter((c) => COMPETE.test(c.text)).map((c) => c.key)).toEqual([key]);
    }
    const history = historyOf(result, key);
    printHistory(`Terms of Use, clause ${key}:`, history);
    const changes = history.filter((h) => h.change).map((h) => h.change as ClauseChange);
    expect(changes[0].kind).toBe('added');
    expect(changes.slice(1).map((c) => c.kind)).toEqual(['modified', 'modified']);
    expect(changes[1].after?.text).toBe('Use Output to develop models that compete with OpenAI.');
    expect(changes[1].wordDiff).toContainEqual({ op: 'delete', text: 'use output from the Services' });
    expect(changes[2].wordDiff).toContainEqual({ op: 'insert', text: 'Using' });
    expect(history[0].recordedAt).toBe(findDocument(index, 'OpenAI/Terms of Service').versions[0].recordedAt);
  });

  it('shows the 2025 "Permitted Exception" as a modification of one key in the business terms', () => {
    // The Business Terms URL (Platform to Business Notice) became the Services Agreement (Commercial Terms).
    const result = replayLineage(index, ['ChatGPT/Platform to Business Notice', 'ChatGPT/Commercial Terms']);
    const first = result.kept[0].clauses.filter((c) => COMPETE.test(c.text));
    expect(first).toHaveLength(1);
    const key = first[0].key;
    const history = historyOf(result, key);
    printHistory(`Business terms, clause ${key}:`, history);
    const modified = history.filter((h) => h.change?.kind === 'modified').map((h) => h.change as ClauseChange);
    expect(modified).toHaveLength(1);
    expect(modified[0].before?.text).not.toContain('Permitted Exception');
    expect(modified[0].after?.text).toContain('Permitted Exception');
    expect(modified[0].wordDiff).toContainEqual({ op: 'insert', text: 'except for a Permitted Exception, ' });
    const last = result.kept[result.kept.length - 1].clauses.find((c) => c.key === key);
    expect(last?.label).toBe('3.3(e)');

    // Within the Commercial Terms alone the clause already carries the exception and never changes.
    const commercial = corpus.results.get('ChatGPT/Commercial Terms');
    const keys = new Set(
      commercial?.kept.flatMap((k) => k.clauses.filter((c) => COMPETE.test(c.text)).map((c) => c.key)),
    );
    expect(keys.size).toBe(1);
    expect(commercial?.kept.slice(1).some((k) => k.changes.some((c) => keys.has(c.key)))).toBe(false);
  });
});
