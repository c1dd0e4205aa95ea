import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseRecordsService, CasesService } from '@casetrail/cases';
import { isUuid } from '@casetrail/core';
import { JobName, JobsService, RequeueOutcome } from '@casetrail/jobs';
import { DataSource } from 'typeorm';
import { CourtListenerClient } from '../api/courtlistener-client';
import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';
import { ensureCourt } from '../sync/courts';
import { caseFromDocket } from '../sync/v4-mapping';
import { CaseSource, CaseSourceProvider } from './case-source.entity';
import { RecapDocumentState, RecapDocumentStatus } from './recap-document-state.entity';

export interface CaseSourceView {
  id: string;
  caseId: string;
  caseSlug: string;
  provider: CaseSourceProvider;
  docketId: string;
  url: string;
  backfilledAt: string | null;
  lastStatus: string;
  lastError: string | null;
  lastSyncedAt: string | null;
  nextSyncAt: string;
  lastResult: Record<string, unknown> | null;
}

export interface FollowResult {
  source: CaseSourceView;
  /** False when the docket was already followed for this case (nothing changed). */
  created: boolean;
  /** True when the case was created from the docket (follow without a case). */
  caseCreated: boolean;
}

/** Links cases to CourtListener dockets and queues their syncs. */
@Injectable()
export class CaseSourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly client: CourtListenerClient,
    private readonly cases: CasesService,
    private readonly records: CaseRecordsService,
    private readonly jobs: JobsService,
  ) {}

  /**
   * Follows a CourtListener docket for a case (id or slug), or for the case the docket describes
   * (found by court and docket number, else created). Reads the docket first: an unknown docket is
   * refused and nothing is written. The first sync is queued in the same transaction as the link.
   */
  async follow(docketId: string, caseIdOrSlug?: string): Promise<FollowResult> {
    this.client.assertConfigured();
    const given = caseIdOrSlug ? await this.cases.findEntity(caseIdOrSlug) : null;
    const { docket } = await this.client.docket(docketId);
    if (!docket) throw new Error('unreachable: an unconditional request answered 304');
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(CaseSource);
      let caseId = given?.id;
      let caseCreated = false;
      if (!caseId) {
        const { key, fields } = caseFromDocket(docket);
        await ensureCourt(this.records, manager, key.courtId);
        const { entity, outcome } = await this.records.upsertCase(manager, key, fields);
        caseId = entity.id;
        caseCreated = outcome === 'created';
        if (outcome !== 'unchanged') await this.jobs.send(JobName.SearchIndexCase, { caseId }, { manager });
      }
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(CaseSource)
        .values({
          caseId,
          provider: CaseSourceProvider.CourtListener,
          externalId: docketId,
          url: `${this.client.docketUrl(docketId).replace('/api/rest/v4/dockets/', '/docket/')}`,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const id = (inserted.raw as { id: string }[])[0]?.id;
      const row = await repo.findOneOrFail({
        where: { provider: CaseSourceProvider.CourtListener, externalId: docketId },
        relations: { case: true },
      });
      if (!id && row.caseId !== caseId) {
        throw new CourtListenerError(
          CourtListenerErrorCode.SourceConflict,
          `CourtListener docket ${docketId} is already followed for another case.`,
          { docketId, caseId: row.caseId },
        );
      }
      if (id) await this.jobs.send(JobName.CourtListenerSync, { sourceId: id, trigger: 'follow' }, { manager });
      return { source: this.view(row), created: Boolean(id), caseCreated };
    });
  }

  async list(caseIdOrSlug?: string): Promise<CaseSourceView[]> {
    const where = caseIdOrSlug ? { caseId: (await this.cases.findEntity(caseIdOrSlug)).id } : {};
    const rows = await this.dataSource
      .getRepository(CaseSource)
      .find({ where, relations: { case: true }, order: { createdAt: 'ASC' } });
    return rows.map((row) => this.view(row));
  }

  async get(id: string): Promise<CaseSource> {
    const row = isUuid(id) ? await this.dataSource.getRepository(CaseSource).findOneBy({ id }) : null;
    if (!row) throw new CourtListenerError(CourtListenerErrorCode.SourceNotFound, `No followed docket ${id}.`, { id });
    return row;
  }

  /**
   * Stops following a docket: deletes the source, so it is no longer scheduled, and its RECAP
   * documents still pending (a later follow records them again). Entries and documents it brought
   * stay on the case. A sync already queued finds no source and ends; a sync running stops before
   * its next page (the page transaction holds the source row, so the delete waits for it).
   */
  async unfollow(caseIdOrSlug: string, sourceId: string): Promise<void> {
    const caseId = (await this.cases.findEntity(caseIdOrSlug)).id;
    const notFound = () =>
      new CourtListenerError(CourtListenerErrorCode.SourceNotFound, `No followed docket ${sourceId} on this case.`, {
        case: caseIdOrSlug,
        sourceId,
      });
    if (!isUuid(sourceId)) throw notFound();
    await this.dataSource.transaction(async (manager) => {
      const deleted = await manager.getRepository(CaseSource).delete({ id: sourceId, caseId });
      if (!deleted.affected) throw notFound();
      await manager.getRepository(RecapDocumentState).delete({ sourceId, status: RecapDocumentStatus.Pending });
    });
  }

  /** The sources of a case, or one of them; each gets a sync now (a waiting one is moved forward, a running one left). */
  async requestSync(caseIdOrSlug: string, sourceId?: string): Promise<{ sourceId: string; outcome: RequeueOutcome }[]> {
    const sources = (await this.list(caseIdOrSlug)).filter((s) => !sourceId || s.id === sourceId);
    if (sources.length === 0) {
      throw new CourtListenerError(
        CourtListenerErrorCode.SourceNotFound,
        sourceId ? `No followed docket ${sourceId} on this case.` : 'This case follows no CourtListener docket.',
        { case: caseIdOrSlug },
      );
    }
    const outcomes: { sourceId: string; outcome: RequeueOutcome }[] = [];
    for (const source of sources) {
      outcomes.push({
        sourceId: source.id,
        outcome: await this.jobs.requeue(
          JobName.CourtListenerSync,
          { sourceId: source.id, trigger: 'demand' },
          'sourceId',
        ),
      });
    }
    return outcomes;
  }

  /** A source loaded with its case. */
  private view(row: CaseSource): CaseSourceView {
    return {
      id: row.id,
      caseId: row.caseId,
      caseSlug: row.case?.slug ?? '',
      provider: row.provider,
      docketId: row.externalId,
      url: row.url,
      backfilledAt: row.backfilledAt?.toISOString() ?? null,
      lastStatus: row.lastStatus,
      lastError: row.lastError,
      lastSyncedAt: row.lastSyncedAt?.toISOString() ?? null,
      nextSyncAt: row.nextSyncAt.toISOString(),
      lastResult: row.lastResult,
    };
  }
}
