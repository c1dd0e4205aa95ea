import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sha256Hex } from '@casetrail/core';
import { EventsService } from '@casetrail/events';
import { JobName, JobsService } from '@casetrail/jobs';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { replayStep, ReplayState, SnapshotFingerprint } from '../analysis/replay';
import { TosDocument } from '../catalog/tos-document.entity';
import { TosService } from '../catalog/tos-service.entity';
import { TosError, TosErrorCode } from '../tos-error';
import { countChanges, loadKeyedClauses } from '../versions/clauses';
import { TosVersionKind } from '../versions/tos-version-kind';
import { TosVersion } from '../versions/tos-version.entity';
import { bulkInsert, lockDocument } from './tos-ingest.repository';
import {
  CHANGE_COLUMNS,
  CLAUSE_COLUMNS,
  changeRow,
  clauseRow,
  PendingRows,
  SNAPSHOT_COLUMNS,
  VERSION_COLUMNS,
} from './ingest-rows';
import { versionEvents } from './tos-events';
import { SnapshotOrigin, SnapshotOutcome, TosSnapshot } from './tos-snapshot.entity';

export interface SnapshotInput {
  recordedAt: Date;
  /** The snapshot as Markdown (HTML is converted with normalizeSnapshot before). */
  markdown: string;
  sourceUrl: string | null;
  /** The recorder says the text changed only because it was read differently. */
  technical?: boolean;
}

/**
 * What became of a snapshot: its stored outcome, or why it was not taken at all (`duplicate`: the
 * same text at the same time is already there; `out-of-order`: the document already has a later one).
 */
export type IngestOutcome = SnapshotOutcome | 'duplicate' | 'out-of-order';

export interface IngestedSnapshot {
  recordedAt: string;
  outcome: IngestOutcome;
  detail: string | null;
  versionId: string | null;
}

export interface IngestReport {
  documentId: string;
  snapshots: IngestedSnapshot[];
  versionIds: string[];
}

const SKIP_OUTCOMES: Record<string, SnapshotOutcome> = {
  noise: SnapshotOutcome.Noise,
  'error-page': SnapshotOutcome.ErrorPage,
  'no-clause-change': SnapshotOutcome.NoClauseChange,
  empty: SnapshotOutcome.Empty,
};
/** Events per outbox write. */
const EVENT_CHUNK = 500;

interface DocumentState {
  replay: ReplayState;
  previousVersionId: string | null;
  hasOwnVersion: boolean;
  lastRecordedAt: Date | null;
  lastSequence: number;
}

/**
 * Turns snapshots of one document into versions: each snapshot, in time order, goes through
 * replayStep against the document's stored state (noise baseline and the last version's keyed
 * clauses, or its predecessor's), and everything is written in one transaction with batched
 * inserts: snapshots, versions, clauses, changes, their domain events (see versionEvents) and a
 * search job.
 */
@Injectable()
export class TosIngestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly events: EventsService,
  ) {}

  async ingest(
    documentId: string,
    inputs: readonly SnapshotInput[],
    origin: SnapshotOrigin,
    onSnapshot: () => void = () => undefined,
  ): Promise<IngestReport> {
    return this.dataSource.transaction(async (manager) => {
      await lockDocument(manager, documentId);
      const document = await manager
        .getRepository(TosDocument)
        .findOne({ where: { id: documentId }, relations: { service: true } });
      if (!document?.service)
        throw new TosError(TosErrorCode.DocumentNotFound, `No terms-of-service document ${documentId}.`, {
          documentId,
        });
      const service = document.service;
      const state = await this.loadState(manager, document);
      const sorted = [...inputs].sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime());
      const known = await this.knownSnapshots(manager, documentId, sorted);
      const rows: PendingRows = { snapshots: [], versions: [], clauses: [], changes: [], events: [] };
      const report: IngestReport = { documentId, snapshots: [], versionIds: [] };

      for (const input of sorted) {
        const at = input.recordedAt.toISOString();
        const naturalKey = `${at}|${sha256Hex(input.markdown)}`;
        const prior = known.get(naturalKey);
        if (prior) {
          report.snapshots.push({ recordedAt: at, outcome: 'duplicate', detail: null, versionId: prior.versionId });
        } else if (state.lastRecordedAt && input.recordedAt < state.lastRecordedAt) {
          report.snapshots.push({
            recordedAt: at,
            outcome: 'out-of-order',
            detail: `the document has a snapshot recorded at ${state.lastRecordedAt.toISOString()}`,
            versionId: null,
          });
        } else {
          const taken = this.take(state, input, document, service, rows, origin);
          known.set(naturalKey, { versionId: taken.versionId });
          report.snapshots.push({
            recordedAt: at,
            outcome: taken.outcome,
            detail: taken.detail,
            versionId: taken.versionId,
          });
          if (taken.versionId) report.versionIds.push(taken.versionId);
        }
        onSnapshot();
      }

      await bulkInsert(manager, 'tos_versions', VERSION_COLUMNS, rows.versions);
      await bulkInsert(manager, 'tos_clauses', CLAUSE_COLUMNS, rows.clauses);
      await bulkInsert(manager, 'tos_changes', CHANGE_COLUMNS, rows.changes);
      await bulkInsert(manager, 'tos_snapshots', SNAPSHOT_COLUMNS, rows.snapshots);
      for (let start = 0; start < rows.events.length; start += EVENT_CHUNK) {
        await this.events.record(manager, rows.events.slice(start, start + EVENT_CHUNK));
      }
      if (report.versionIds.length > 0)
        await this.jobs.send(JobName.SearchIndexTosVersion, { documentId }, { manager });
      return report;
    });
  }

  /** Runs one snapshot through the replay and queues the rows it produces. */
  private take(
    state: DocumentState,
    input: SnapshotInput,
    document: TosDocument,
    service: TosService,
    rows: PendingRows,
    origin: SnapshotOrigin,
  ): { outcome: SnapshotOutcome; detail: string | null; versionId: string | null } {
    const step = replayStep(state.replay, input.markdown);
    state.replay = step.state;
    state.lastRecordedAt = input.recordedAt;
    const sequence = (state.lastSequence += 1);
    const snapshot = (
      outcome: SnapshotOutcome,
      detail: string | null,
      versionId: string | null,
      fingerprint: SnapshotFingerprint,
    ) =>
      rows.snapshots.push({
        documentId: document.id,
        sequence,
        recordedAt: input.recordedAt,
        origin,
        outcome,
        detail,
        versionId,
        sha256: fingerprint.sha256,
        stageHashes: fingerprint.stageHashes,
        sourceUrl: input.sourceUrl,
      });
    if (!step.kept) {
      const outcome = SKIP_OUTCOMES[step.reason];
      snapshot(outcome, step.detail ?? null, null, step.fingerprint);
      return { outcome, detail: step.detail ?? null, versionId: null };
    }

    const versionId = randomUUID();
    const { markdown, effectiveDate, clauses, changes } = step.version;
    const kind = !state.hasOwnVersion
      ? TosVersionKind.First
      : input.technical
        ? TosVersionKind.Technical
        : TosVersionKind.Change;
    const changeCounts = countChanges(changes);
    rows.versions.push({
      id: versionId,
      documentId: document.id,
      sequence,
      recordedAt: input.recordedAt,
      effectiveDate,
      kind,
      markdown,
      sha256: sha256Hex(markdown),
      sourceUrl: input.sourceUrl,
      previousVersionId: state.previousVersionId,
      clauseCount: clauses.length,
      changeCounts,
    });
    rows.clauses.push(...clauses.map((c) => clauseRow(versionId, c)));
    rows.changes.push(...changes.map((c, i) => changeRow(state.previousVersionId, versionId, c, i)));
    rows.events.push(
      ...versionEvents({
        service: service.name,
        provider: service.provider,
        tosDocumentId: document.id,
        documentType: document.type,
        versionId,
        previousVersionId: state.previousVersionId,
        recordedAt: input.recordedAt.toISOString(),
        effectiveDate,
        kind,
        changeCounts,
        clauses,
        changes,
      }),
    );
    snapshot(SnapshotOutcome.Stored, null, versionId, step.fingerprint);
    state.previousVersionId = versionId;
    state.hasOwnVersion = true;
    return { outcome: SnapshotOutcome.Stored, detail: null, versionId };
  }

  /** The document's noise baseline and its last version's clauses (else its predecessors'). */
  private async loadState(manager: EntityManager, document: TosDocument): Promise<DocumentState> {
    const snapshots = manager.getRepository(TosSnapshot);
    const baseline = await snapshots.findOne({
      where: { documentId: document.id, outcome: In([SnapshotOutcome.Stored, SnapshotOutcome.NoClauseChange]) },
      order: { recordedAt: 'DESC', sequence: 'DESC' },
    });
    const last = await snapshots.findOne({
      where: { documentId: document.id },
      order: { recordedAt: 'DESC', sequence: 'DESC' },
      select: { id: true, recordedAt: true, sequence: true },
    });
    const own = await latestVersion(manager, document.id);
    let previous = own;
    const seen = new Set([document.id]);
    for (let predecessorId = document.predecessorId; !previous && predecessorId && !seen.has(predecessorId);) {
      seen.add(predecessorId);
      previous = await latestVersion(manager, predecessorId);
      if (!previous) {
        const predecessor = await manager
          .getRepository(TosDocument)
          .findOne({ where: { id: predecessorId }, select: { id: true, predecessorId: true } });
        predecessorId = predecessor?.predecessorId ?? null;
      }
    }
    const clauses = previous ? await loadKeyedClauses(manager, previous.id) : null;
    return {
      replay: { baseline: baseline ? { sha256: baseline.sha256, stageHashes: baseline.stageHashes } : null, clauses },
      previousVersionId: previous?.id ?? null,
      hasOwnVersion: own !== null,
      lastRecordedAt: last?.recordedAt ?? null,
      lastSequence: last?.sequence ?? 0,
    };
  }

  private async knownSnapshots(
    manager: EntityManager,
    documentId: string,
    inputs: readonly SnapshotInput[],
  ): Promise<Map<string, { versionId: string | null }>> {
    const found = inputs.length
      ? await manager.getRepository(TosSnapshot).find({
          where: { documentId, recordedAt: In(inputs.map((i) => i.recordedAt)) },
          select: { recordedAt: true, sha256: true, versionId: true },
        })
      : [];
    return new Map(found.map((s) => [`${s.recordedAt.toISOString()}|${s.sha256}`, { versionId: s.versionId }]));
  }
}

async function latestVersion(manager: EntityManager, documentId: string): Promise<{ id: string } | null> {
  return manager
    .getRepository(TosVersion)
    .findOne({ where: { documentId }, order: { recordedAt: 'DESC', sequence: 'DESC' }, select: { id: true } });
}
