import { sha256Hex } from '@casetrail/core';
import { TosError, TosErrorCode } from '../tos-error';
import { looksLikeErrorPage } from './chrome';
import { parseEffectiveDate } from './dates';
import { diffVersions } from './diff';
import { assignClauseKeys } from './keys';
import { compareNoiseStages, noiseStages } from './noise';
import { normalizeSnapshot } from './normalize';
import { segmentClauses } from './segment';
import type { ClauseChange, KeyedClause } from './types';

export interface RecordedVersion {
  recordedAt: string;
  markdown: string;
}

export type SkipReason = 'noise' | 'error-page' | 'no-clause-change' | 'empty';

/** What a snapshot is compared with: hashes, so that it can be kept in the database. */
export interface SnapshotFingerprint {
  /** SHA-256 of the snapshot's Markdown as received. */
  sha256: string;
  /** SHA-256 of the snapshot after each cumulative noise stage (see noiseStages); empty for error pages. */
  stageHashes: string[];
}

/** Where one document's history stands between two snapshots. */
export interface ReplayState {
  /** The last snapshot that was neither noise nor an error page; the next one is compared with it. */
  baseline: SnapshotFingerprint | null;
  /**
   * Keyed clauses of the last kept version. A document that continues another one (its predecessor)
   * starts from the predecessor's clauses with no baseline, so its keys carry over.
   */
  clauses: KeyedClause[] | null;
}

export const EMPTY_REPLAY_STATE: ReplayState = { baseline: null, clauses: null };

export interface AnalysedVersion {
  /** The snapshot reduced to canonical Markdown. */
  markdown: string;
  effectiveDate: string | null;
  clauses: KeyedClause[];
  /** Against the clauses of the state; every clause is `added` when there were none. */
  changes: ClauseChange[];
}

export type StepResult =
  | { kept: true; version: AnalysedVersion; fingerprint: SnapshotFingerprint; state: ReplayState }
  | { kept: false; reason: SkipReason; detail?: string; fingerprint: SnapshotFingerprint; state: ReplayState };

/**
 * Decides what one snapshot (Markdown; convert HTML with normalizeSnapshot first) adds to a history.
 * Error pages, snapshots with no clause at all, noise against the baseline (see compareForNoise)
 * and snapshots whose clauses come out unchanged are skipped; anything else is a new version with
 * keyed clauses and the clause changes since the state's clauses. A state without a baseline
 * always keeps its snapshot: it is the first of its document.
 */
export function replayStep(state: ReplayState, markdown: string): StepResult {
  const sha256 = sha256Hex(markdown);
  if (looksLikeErrorPage(markdown)) {
    return { kept: false, reason: 'error-page', fingerprint: { sha256, stageHashes: [] }, state };
  }
  const { baseline } = state;
  if (baseline && sha256 === baseline.sha256) {
    return { kept: false, reason: 'noise', detail: 'identical', fingerprint: baseline, state };
  }
  const stageHashes = noiseStages(markdown).map((stage) => sha256Hex(stage));
  const fingerprint = { sha256, stageHashes };
  const last = stageHashes.length - 1;
  if (baseline && stageHashes[last] === baseline.stageHashes[last]) {
    return {
      kept: false,
      reason: 'noise',
      detail: compareNoiseStages(baseline.stageHashes, stageHashes).reason,
      fingerprint,
      state,
    };
  }
  const normalised = normalizeSnapshot(markdown, 'markdown');
  const segmented = segmentClauses(normalised);
  if (segmented.length === 0) return { kept: false, reason: 'empty', fingerprint, state };
  const keyed = assignClauseKeys(state.clauses, segmented);
  const changes: ClauseChange[] = state.clauses
    ? diffVersions(state.clauses, keyed)
    : keyed.map((c) => ({ kind: 'added', key: c.key, before: null, after: c }));
  if (baseline && state.clauses && changes.length === 0) {
    return {
      kept: false,
      reason: 'no-clause-change',
      fingerprint,
      state: { baseline: fingerprint, clauses: state.clauses },
    };
  }
  return {
    kept: true,
    version: { markdown: normalised, effectiveDate: parseEffectiveDate(markdown), clauses: keyed, changes },
    fingerprint,
    state: { baseline: fingerprint, clauses: keyed },
  };
}

export interface SkippedVersion {
  /** Position in the chronologically sorted input. */
  index: number;
  recordedAt: string;
  reason: SkipReason;
  detail?: string;
}

export interface KeptVersion {
  index: number;
  recordedAt: string;
  effectiveDate: string | null;
  clauses: KeyedClause[];
  /** Against the previous kept version; every clause is `added` for the first one. */
  changes: ClauseChange[];
}

export interface ReplayResult {
  kept: KeptVersion[];
  skipped: SkippedVersion[];
}

export function assertRecordedAt(recordedAt: string): void {
  if (Number.isNaN(Date.parse(recordedAt))) {
    throw new TosError(TosErrorCode.InvalidRecordedAt, `Invalid recordedAt: ${recordedAt}`, { recordedAt });
  }
}

function sortedByTime(versions: readonly RecordedVersion[]): RecordedVersion[] {
  for (const v of versions) assertRecordedAt(v.recordedAt);
  return [...versions].sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}

/**
 * Walks one document's recorded versions in time order (see replayStep) and keeps those that
 * change its terms; kept versions carry their keyed clauses and the clause changes since the
 * previous kept version.
 */
export function replayHistory(
  versions: readonly RecordedVersion[],
  start: ReplayState = EMPTY_REPLAY_STATE,
): ReplayResult {
  const kept: KeptVersion[] = [];
  const skipped: SkippedVersion[] = [];
  let state = start;
  sortedByTime(versions).forEach(({ recordedAt, markdown }, index) => {
    const step = replayStep(state, markdown);
    state = step.state;
    if (step.kept) {
      const { effectiveDate, clauses, changes } = step.version;
      kept.push({ index, recordedAt, effectiveDate, clauses, changes });
    } else {
      skipped.push({ index, recordedAt, reason: step.reason, detail: step.detail });
    }
  });
  return { kept, skipped };
}
