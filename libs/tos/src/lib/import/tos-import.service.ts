import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { TosCatalogService } from '../catalog/tos-catalog.service';
import { TosDocument } from '../catalog/tos-document.entity';
import { TosError, TosErrorCode } from '../tos-error';
import { TosVersion } from '../versions/tos-version.entity';
import { IngestOutcome, TosIngestService } from '../snapshots/tos-ingest.service';
import { SnapshotOrigin } from '../snapshots/tos-snapshot.entity';
import { inferLineage, predecessorsFirst } from './lineage';
import { FolderDocument, readSnapshotFolder } from './snapshot-folder';

export interface ImportOptions {
  /** Only these documents ("Service/Document type"), with the documents they continue. */
  only?: string[];
  /** Called once with the number of snapshots, then after each snapshot. */
  progress?: (done: number, total: number) => void;
}

export interface DocumentImport {
  document: string;
  predecessor: string | null;
  snapshots: number;
  counts: Partial<Record<IngestOutcome, number>>;
}

export interface ImportSummary {
  documents: number;
  snapshots: number;
  versionsStored: number;
  skippedAsNoise: number;
  skippedErrorPages: number;
  skippedNoClauseChange: number;
  skippedEmpty: number;
  alreadyImported: number;
  /** Snapshots older than what the document already holds: not taken. */
  rejected: number;
  /** Predecessors not set because the document already had versions of its own. */
  lineageConflicts: string[];
  perDocument: DocumentImport[];
  elapsedMs: number;
}

/**
 * Imports a folder of snapshots (`Service/Document type/<recorded-at>.md`, with the corpus's
 * `index.json` when present) through the same ingestion as the API, document by document,
 * predecessors first. Re-running it stores nothing new: known snapshots are recognised.
 */
@Injectable()
export class TosImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: TosCatalogService,
    private readonly ingestion: TosIngestService,
  ) {}

  async importFolder(dir: string, options: ImportOptions = {}): Promise<ImportSummary> {
    const started = Date.now();
    const all = readSnapshotFolder(dir);
    const lineage = inferLineage(all);
    const selected = selectDocuments(all, lineage, options.only);
    const ordered = predecessorsFirst(selected, lineage);
    const total = ordered.reduce((n, d) => n + d.snapshots.length, 0);
    let done = 0;
    options.progress?.(0, total);

    const ids = new Map<string, string>();
    const summary: ImportSummary = {
      documents: ordered.length,
      snapshots: total,
      versionsStored: 0,
      skippedAsNoise: 0,
      skippedErrorPages: 0,
      skippedNoClauseChange: 0,
      skippedEmpty: 0,
      alreadyImported: 0,
      rejected: 0,
      lineageConflicts: [],
      perDocument: [],
      elapsedMs: 0,
    };
    for (const doc of ordered) {
      const predecessor = lineage.get(doc.folder)?.predecessor ?? null;
      const documentId = await this.prepareDocument(
        doc,
        predecessor ? (ids.get(predecessor) ?? null) : null,
        lineage.get(doc.folder)?.note ?? null,
        summary,
      );
      ids.set(doc.folder, documentId);
      const inputs = doc.snapshots.map((s) => ({
        recordedAt: s.recordedAt,
        markdown: fs.readFileSync(s.file, 'utf8'),
        sourceUrl: s.sourceUrls[0] ?? null,
        technical: s.technical,
      }));
      const report = await this.ingestion.ingest(documentId, inputs, SnapshotOrigin.Import, () =>
        options.progress?.((done += 1), total),
      );
      const counts: Partial<Record<IngestOutcome, number>> = {};
      for (const s of report.snapshots) counts[s.outcome] = (counts[s.outcome] ?? 0) + 1;
      summary.perDocument.push({ document: doc.folder, predecessor, snapshots: doc.snapshots.length, counts });
      summary.versionsStored += counts.stored ?? 0;
      summary.skippedAsNoise += counts.noise ?? 0;
      summary.skippedErrorPages += counts['error-page'] ?? 0;
      summary.skippedNoClauseChange += counts['no-clause-change'] ?? 0;
      summary.skippedEmpty += counts.empty ?? 0;
      summary.alreadyImported += counts.duplicate ?? 0;
      summary.rejected += counts['out-of-order'] ?? 0;
    }
    summary.elapsedMs = Date.now() - started;
    return summary;
  }

  /** Creates the service and document; sets the predecessor while the document has no version yet. */
  private async prepareDocument(
    doc: FolderDocument,
    predecessorId: string | null,
    note: string | null,
    summary: ImportSummary,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const service = await this.catalog.ensureService(manager, doc.service, doc.provider);
      const document = await this.catalog.ensureDocument(manager, service, doc.documentType, doc.sourceUrls);
      if (predecessorId && document.predecessorId !== predecessorId) {
        if (await manager.getRepository(TosVersion).exists({ where: { documentId: document.id } })) {
          summary.lineageConflicts.push(doc.folder);
        } else {
          await manager
            .getRepository(TosDocument)
            .update({ id: document.id }, { predecessorId, predecessorNote: note });
        }
      }
      return document.id;
    });
  }
}

function selectDocuments(
  all: FolderDocument[],
  lineage: ReturnType<typeof inferLineage>,
  only: string[] | undefined,
): FolderDocument[] {
  if (!only || only.length === 0) return all;
  const missing = only.filter((folder) => !all.some((d) => d.folder === folder));
  if (missing.length > 0) {
    throw new TosError(TosErrorCode.DocumentNotFound, `Not in the folder: ${missing.join(', ')}.`, {
      documents: missing,
    });
  }
  const wanted = new Set<string>();
  for (const folder of only) {
    for (let f: string | undefined = folder; f && !wanted.has(f); f = lineage.get(f)?.predecessor) wanted.add(f);
  }
  return all.filter((d) => wanted.has(d.folder));
}
