import * as fs from 'node:fs';
import { replayHistory, type RecordedVersion, type ReplayResult } from '../lib/analysis/replay';
import { corpusPath } from '@casetrail/testing';

export interface TosIndexVersion {
  recordedAt: string;
  file: string;
  recordKind: 'first' | 'change' | 'technical';
  noiseOnly: boolean;
}

export interface TosIndexDocument {
  service: string;
  documentType: string;
  /** "ChatGPT/Commercial Terms.md"; the versions live in the folder without ".md". */
  path: string;
  versions: TosIndexVersion[];
}

export function loadTosIndex(): TosIndexDocument[] {
  return JSON.parse(fs.readFileSync(corpusPath('tos', 'index.json'), 'utf8')) as TosIndexDocument[];
}

/** "ChatGPT/Commercial Terms" for "ChatGPT/Commercial Terms.md". */
export function documentFolder(doc: TosIndexDocument): string {
  return doc.path.replace(/\.md$/, '');
}

export function findDocument(index: readonly TosIndexDocument[], folder: string): TosIndexDocument {
  const doc = index.find((d) => documentFolder(d) === folder);
  if (!doc) throw new Error(`No document ${folder} in the terms-of-service corpus`);
  return doc;
}

export function readVersion(version: TosIndexVersion): string {
  return fs.readFileSync(corpusPath('tos', version.file), 'utf8');
}

export function recordedVersions(doc: TosIndexDocument): RecordedVersion[] {
  return doc.versions.map((v) => ({ recordedAt: v.recordedAt, markdown: readVersion(v) }));
}

/** The version recorded at `recordedAt` and the one recorded just before it. */
export function consecutivePair(doc: TosIndexDocument, recordedAt: string): [string, string] {
  const i = doc.versions.findIndex((v) => v.recordedAt === recordedAt);
  if (i < 1) throw new Error(`No version before ${recordedAt} in ${doc.path}`);
  return [readVersion(doc.versions[i - 1]), readVersion(doc.versions[i])];
}

export interface CorpusRow {
  document: string;
  recorded: number;
  flaggedNoiseOnly: number;
  flaggedTechnical: number;
  kept: number;
  skippedAsNoise: number;
  skippedOther: number;
}

export interface CorpusReplay {
  rows: CorpusRow[];
  results: Map<string, ReplayResult>;
}

/** Replays every document of the corpus and counts, per document, what index.json flags and what we keep. */
export function replayCorpus(index: readonly TosIndexDocument[] = loadTosIndex()): CorpusReplay {
  const results = new Map<string, ReplayResult>();
  const rows = index.map((doc) => {
    const result = replayHistory(recordedVersions(doc));
    results.set(documentFolder(doc), result);
    return {
      document: documentFolder(doc),
      recorded: doc.versions.length,
      flaggedNoiseOnly: doc.versions.filter((v) => v.noiseOnly).length,
      flaggedTechnical: doc.versions.filter((v) => v.recordKind === 'technical').length,
      kept: result.kept.length,
      skippedAsNoise: result.skipped.filter((s) => s.reason === 'noise').length,
      skippedOther: result.skipped.filter((s) => s.reason !== 'noise').length,
    };
  });
  return { rows, results };
}

export function formatCorpusTable(rows: readonly CorpusRow[]): string {
  const head =
    '| Document | Recorded | Flagged noiseOnly | Flagged technical | Kept | Skipped as noise | Skipped (error page / no clause change) |\n' +
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n';
  const body = rows
    .map(
      (r) =>
        `| ${r.document} | ${r.recorded} | ${r.flaggedNoiseOnly} | ${r.flaggedTechnical} | ${r.kept} | ${r.skippedAsNoise} | ${r.skippedOther} |`,
    )
    .join('\n');
  const sum = (f: (r: CorpusRow) => number): number => rows.reduce((n, r) => n + f(r), 0);
  const total = `| **All ${rows.length} documents** | ${sum((r) => r.recorded)} | ${sum((r) => r.flaggedNoiseOnly)} | ${sum((r) => r.flaggedTechnical)} | ${sum((r) => r.kept)} | ${sum((r) => r.skippedAsNoise)} | ${sum((r) => r.skippedOther)} |`;
  return `${head}${body}\n${total}\n`;
}

/** What we did with one snapshot that index.json flags as noise: skipped as noise, skipped otherwise, or kept. */
export interface FlaggedNoiseVerdict {
  document: string;
  recordedAt: string;
  verdict: string;
}

/**
 * Snapshot by snapshot: for each version index.json flags `noiseOnly`, the verdict recorded for that
 * same snapshot (`noise`, another skip reason, or `kept`), looked up by document and recording time.
 */
export function flaggedNoiseVerdicts(
  index: readonly TosIndexDocument[],
  verdictOf: (document: string, recordedAt: string) => string | undefined,
): FlaggedNoiseVerdict[] {
  return index.flatMap((doc) =>
    doc.versions
      .filter((v) => v.noiseOnly)
      .map((v) => ({
        document: documentFolder(doc),
        recordedAt: v.recordedAt,
        verdict: verdictOf(documentFolder(doc), v.recordedAt) ?? 'missing',
      })),
  );
}

export function tally(verdicts: readonly FlaggedNoiseVerdict[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { verdict } of verdicts) counts[verdict] = (counts[verdict] ?? 0) + 1;
  return counts;
}
