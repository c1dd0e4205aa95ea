import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { WorkerPool } from '@casetrail/workers';
import { SNAPSHOT_MARKDOWN_TASK } from '../analysis/tos-tasks';
import type { SnapshotFormat } from '../analysis/types';
import { TosCatalogService } from '../catalog/tos-catalog.service';
import { summaryView } from '../queries/view-mappers';
import { TosVersionSummaryView } from '../queries/tos-views';
import { TosError, TosErrorCode } from '../tos-error';
import { TosVersion } from '../versions/tos-version.entity';
import { SubmitSnapshotBody } from './submit-snapshot.dto';
import { IngestOutcome, TosIngestService } from './tos-ingest.service';
import { SnapshotOrigin } from './tos-snapshot.entity';

export interface SnapshotResultView {
  service: string;
  documentType: string;
  outcome: IngestOutcome;
  /** Which kind of noise, for a skipped snapshot. */
  detail: string | null;
  /** The version stored (or, for a duplicate, the version it produced the first time). */
  version: TosVersionSummaryView | null;
}

/** Snapshots may be dated a little ahead of this server's clock, not more. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** One snapshot sent through the API: the same ingestion as the import and the tracker. */
@Injectable()
export class TosSnapshotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: TosCatalogService,
    private readonly ingestion: TosIngestService,
    private readonly workers: WorkerPool,
  ) {}

  async submit(body: SubmitSnapshotBody, now: Date = new Date()): Promise<SnapshotResultView> {
    const recordedAt = new Date(body.recordedAt);
    if (Number.isNaN(recordedAt.getTime())) {
      throw new TosError(TosErrorCode.InvalidRecordedAt, `recordedAt is not a time: ${body.recordedAt}`, {
        recordedAt: body.recordedAt,
      });
    }
    if (recordedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) {
      throw new TosError(TosErrorCode.RecordedAtInFuture, `recordedAt ${body.recordedAt} is in the future.`, {
        recordedAt: body.recordedAt,
      });
    }
    const format = body.format ?? detectFormat(body.content);
    const { markdown, clauseCount } = await this.workers.run(SNAPSHOT_MARKDOWN_TASK, {
      content: body.content,
      html: format === 'html',
    });
    if (clauseCount === 0) {
      throw new TosError(TosErrorCode.EmptySnapshot, 'The snapshot has no text.', { format });
    }
    const document = await this.dataSource.transaction(async (manager) => {
      const service = await this.catalog.ensureService(manager, body.service, body.provider ?? null);
      return this.catalog.ensureDocument(manager, service, body.documentType, body.sourceUrl ? [body.sourceUrl] : []);
    });
    const report = await this.ingestion.ingest(
      document.id,
      [{ recordedAt, markdown, sourceUrl: body.sourceUrl ?? null, technical: body.technical }],
      SnapshotOrigin.Api,
    );
    const [taken] = report.snapshots;
    if (taken.outcome === 'out-of-order') {
      throw new TosError(
        TosErrorCode.SnapshotOutOfOrder,
        `${document.service?.name} ${document.type}: ${taken.detail}; snapshots must come in time order.`,
        {
          recordedAt: recordedAt.toISOString(),
        },
      );
    }
    const version = taken.versionId
      ? await this.dataSource.getRepository(TosVersion).findOneBy({ id: taken.versionId })
      : null;
    return {
      service: document.service?.name ?? body.service,
      documentType: document.type,
      outcome: taken.outcome,
      detail: taken.detail,
      version: version ? summaryView(version, document) : null,
    };
  }
}

/** HTML when the content starts with a tag or holds block-level HTML elements; Markdown otherwise. */
export function detectFormat(content: string): SnapshotFormat {
  const head = content.trimStart().slice(0, 2000).toLowerCase();
  if (/^<(?:!doctype|html|head|body|\?xml)\b/.test(head)) return 'html';
  return /<(?:p|div|h[1-6]|ul|ol|li|table|section|article|main)\b[^>]*>/.test(head) &&
    !/^(?:#|\*|-|\d+\.)\s/m.test(head)
    ? 'html'
    : 'markdown';
}
