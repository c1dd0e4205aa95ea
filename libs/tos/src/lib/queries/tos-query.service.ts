import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeCursor, isUuid, Page, pageLimit, PageQuery, toPage } from '@casetrail/core';
import { DataSource, FindOptionsSelect, In, LessThanOrEqual } from 'typeorm';
import { diffVersions } from '../analysis/diff';
import type { ClauseChange, KeyedClause } from '../analysis/types';
import { DocumentRef, TosCatalogService } from '../catalog/tos-catalog.service';
import { TosDocument } from '../catalog/tos-document.entity';
import { countChanges, loadKeyedClauses, toKeyedClause } from '../versions/clauses';
import { TosError, TosErrorCode } from '../tos-error';
import { TosChange } from '../versions/tos-change.entity';
import { TosClause } from '../versions/tos-clause.entity';
import { TosVersion } from '../versions/tos-version.entity';
import { parseMoment } from './moments';
import { TosCatalogRepository } from './tos-catalog.repository';
import { TosDiffQuery } from './tos-query.dto';
import { TosClauseHistoryView, TosDiffView, TosServiceView, TosVersionSummaryView, TosVersionView } from './tos-views';
import { changeView, clauseView, summaryView } from './view-mappers';

/** Every column but the text: what listings load. */
const SUMMARY_COLUMNS: FindOptionsSelect<TosVersion> = {
  id: true,
  documentId: true,
  sequence: true,
  recordedAt: true,
  effectiveDate: true,
  kind: true,
  sha256: true,
  sourceUrl: true,
  previousVersionId: true,
  clauseCount: true,
  changeCounts: true,
};

/** Reads versions, clause-level diffs, as-of lookups and clause histories, following lineages. */
@Injectable()
export class TosQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: TosCatalogService,
    private readonly catalogRows: TosCatalogRepository,
  ) {}

  /** Services with their documents, version counts and last change, by service slug. */
  async listCatalog(query: PageQuery): Promise<Page<TosServiceView>> {
    const limit = pageLimit(query);
    const after = query.cursor ? decodeCursor(query.cursor, { s: 'string' }).s : '';
    const services = await this.catalogRows.servicesAfter(after, limit + 1);
    const { items: page, nextCursor } = toPage(services, limit, (last) => ({ s: last.slug }));
    const documents = await this.catalogRows.documentsOf(page.map((x) => x.id));
    return {
      items: page.map((service) => ({
        name: service.name,
        slug: service.slug,
        provider: service.provider,
        documents: documents
          .filter((d) => d.service_id === service.id)
          .map((d) => ({
            id: d.id,
            service: service.name,
            serviceSlug: service.slug,
            documentType: d.type,
            slug: d.slug,
            sourceUrls: d.source_urls,
            predecessor: d.predecessor_type
              ? { service: d.predecessor_service ?? '', documentType: d.predecessor_type }
              : null,
            versionCount: d.version_count,
            snapshotCount: d.snapshot_count,
            lastChangeAt: d.latest_recorded_at ? new Date(d.latest_recorded_at).toISOString() : null,
            latestVersionId: d.latest_id,
            latestEffectiveDate: d.latest_effective_date,
            trackedSources: d.tracked_sources,
          })),
      })),
      nextCursor,
    };
  }

  /** The document's versions, newest first. */
  async listVersions(ref: DocumentRef, query: PageQuery): Promise<Page<TosVersionSummaryView>> {
    const document = await this.catalog.findDocument(ref);
    const limit = pageLimit(query);
    const qb = this.dataSource
      .getRepository(TosVersion)
      .createQueryBuilder('v')
      .select(Object.keys(SUMMARY_COLUMNS).map((c) => `v.${c}`))
      .where('v.document_id = :id', { id: document.id });
    if (query.cursor) {
      const after = decodeCursor(query.cursor, { r: 'timestamp', s: 'int' });
      qb.andWhere('(v.recorded_at, v.sequence) < (:r::timestamptz, :s::int)', after);
    }
    const rows = await qb
      .orderBy('v.recorded_at', 'DESC')
      .addOrderBy('v.sequence', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = toPage(rows, limit, (last) => ({ r: last.recordedAt.toISOString(), s: last.sequence }));
    return { items: page.items.map((v) => summaryView(v, document)), nextCursor: page.nextCursor };
  }

  async getVersion(ref: DocumentRef, versionId: string): Promise<TosVersionView> {
    const document = await this.catalog.findDocument(ref);
    const version = isUuid(versionId)
      ? await this.dataSource.getRepository(TosVersion).findOne({ where: { id: versionId, documentId: document.id } })
      : null;
    if (!version) throw versionNotFound(versionId, document);
    return this.fullView(version, document);
  }

  /** The version in force on `date`: the latest recorded at or before it, in the document or the documents it continues. */
  async asOf(ref: DocumentRef, date: string): Promise<TosVersionView> {
    const document = await this.catalog.findDocument(ref);
    const lineage = await this.catalog.lineage(document);
    const moment = parseMoment(date);
    if (!moment) throw invalidReference(date, 'date');
    const version = await this.versionAsOf(lineage, moment, date);
    return this.fullView(version, documentOf(lineage, version));
  }

  async diff(ref: DocumentRef, query: TosDiffQuery): Promise<TosDiffView> {
    const document = await this.catalog.findDocument(ref);
    const lineage = await this.catalog.lineage(document);
    const versions = this.dataSource.getRepository(TosVersion);
    const to = query.to
      ? await this.resolveVersion(lineage, query.to, 'to')
      : await versions.findOne({
          where: { documentId: document.id },
          order: { recordedAt: 'DESC', sequence: 'DESC' },
          select: SUMMARY_COLUMNS,
        });
    if (!to)
      throw new TosError(TosErrorCode.VersionNotFound, `${nameOf(document)} has no version yet.`, {
        ...docDetails(document),
      });
    const from = query.from
      ? await this.resolveVersion(lineage, query.from, 'from')
      : to.previousVersionId
        ? await versions.findOne({ where: { id: to.previousVersionId }, select: SUMMARY_COLUMNS })
        : null;
    if (
      from &&
      (from.recordedAt > to.recordedAt ||
        (from.documentId === to.documentId &&
          from.recordedAt.getTime() === to.recordedAt.getTime() &&
          from.sequence > to.sequence))
    ) {
      throw new TosError(
        TosErrorCode.DatesOutOfOrder,
        `"from" (${from.recordedAt.toISOString()}) is later than "to" (${to.recordedAt.toISOString()}).`,
        {
          from: from.id,
          to: to.id,
        },
      );
    }
    const changes =
      (from?.id ?? null) === to.previousVersionId
        ? await this.storedChanges(to.id, from?.id ?? null)
        : await this.computedChanges(from, to);
    return {
      from: from ? summaryView(from, documentOf(lineage, from)) : null,
      to: summaryView(to, documentOf(lineage, to)),
      changeCounts: countChanges(changes),
      changes: changes.map(changeView),
    };
  }

  /** One clause through every version of the lineage that has it, with how it changed. */
  async clauseHistory(
    ref: DocumentRef,
    key: string,
    options: { changesOnly?: boolean } = {},
  ): Promise<TosClauseHistoryView> {
    const document = await this.catalog.findDocument(ref);
    const lineage = await this.catalog.lineage(document);
    const versions = await this.dataSource.getRepository(TosVersion).find({
      where: { documentId: In(lineage.map((d) => d.id)) },
      order: { recordedAt: 'ASC', sequence: 'ASC' },
      select: SUMMARY_COLUMNS,
    });
    const ids = versions.map((v) => v.id);
    const [clauses, changes] = ids.length
      ? await Promise.all([
          this.dataSource.getRepository(TosClause).find({ where: { key, versionId: In(ids) } }),
          this.dataSource.getRepository(TosChange).find({ where: { clauseKey: key, toVersionId: In(ids) } }),
        ])
      : [[], []];
    if (clauses.length === 0) {
      throw new TosError(
        TosErrorCode.ClauseNotFound,
        `No clause "${key}" in ${nameOf(document)} or the documents it continues.`,
        {
          key,
          ...docDetails(document),
        },
      );
    }
    const clauseOf = new Map(clauses.map((c) => [c.versionId, c]));
    const changeOf = new Map(changes.map((c) => [c.toVersionId, c]));
    const entries = versions
      .filter((v) => changeOf.has(v.id) || (!options.changesOnly && clauseOf.has(v.id)))
      .map((v) => {
        const clause = clauseOf.get(v.id);
        const change = changeOf.get(v.id);
        return {
          version: summaryView(v, documentOf(lineage, v)),
          change: change?.kind ?? null,
          clause: clause ? clauseView(toKeyedClause(clause)) : null,
          wordDiff: change?.wordDiff ?? null,
        };
      });
    return {
      key,
      service: document.service?.name ?? '',
      documentType: document.type,
      lineage: lineage.map((d) => ({ service: d.service?.name ?? '', documentType: d.type })),
      entries,
    };
  }

  private async fullView(version: TosVersion, document: TosDocument): Promise<TosVersionView> {
    const clauses = await loadKeyedClauses(this.dataSource.manager, version.id);
    return { ...summaryView(version, document), markdown: version.markdown, clauses: clauses.map(clauseView) };
  }

  private async versionAsOf(lineage: TosDocument[], moment: Date, asWritten: string): Promise<TosVersion> {
    const version = await this.dataSource.getRepository(TosVersion).findOne({
      where: { documentId: In(lineage.map((d) => d.id)), recordedAt: LessThanOrEqual(moment) },
      order: { recordedAt: 'DESC', sequence: 'DESC' },
    });
    if (!version) {
      const document = lineage[lineage.length - 1];
      throw new TosError(
        TosErrorCode.NoVersionAsOf,
        `${nameOf(document)} has no version recorded on or before ${asWritten}.`,
        {
          date: asWritten,
          ...docDetails(document),
        },
      );
    }
    return version;
  }

  /** A version id of the lineage, or a date resolved to the version in force then. */
  private async resolveVersion(lineage: TosDocument[], ref: string, parameter: 'from' | 'to'): Promise<TosVersion> {
    if (isUuid(ref)) {
      const version = await this.dataSource
        .getRepository(TosVersion)
        .findOne({ where: { id: ref }, select: SUMMARY_COLUMNS });
      if (!version) throw versionNotFound(ref, lineage[lineage.length - 1]);
      if (!lineage.some((d) => d.id === version.documentId)) {
        throw new TosError(TosErrorCode.VersionsNotComparable, `Version ${ref} belongs to another document.`, {
          parameter,
          version: ref,
        });
      }
      return version;
    }
    const moment = parseMoment(ref);
    if (!moment) throw invalidReference(ref, parameter);
    return this.versionAsOf(lineage, moment, ref);
  }

  private async storedChanges(toVersionId: string, fromVersionId: string | null): Promise<ClauseChange[]> {
    const rows = await this.dataSource
      .getRepository(TosChange)
      .find({ where: { toVersionId }, order: { ordinal: 'ASC' } });
    const keys = rows.map((r) => r.clauseKey);
    const clauses = this.dataSource.getRepository(TosClause);
    const [before, after] = await Promise.all([
      fromVersionId && keys.length ? clauses.find({ where: { versionId: fromVersionId, key: In(keys) } }) : [],
      keys.length ? clauses.find({ where: { versionId: toVersionId, key: In(keys) } }) : [],
    ]);
    const beforeOf = new Map(before.map((c) => [c.key, toKeyedClause(c)]));
    const afterOf = new Map(after.map((c) => [c.key, toKeyedClause(c)]));
    return rows.map((r) => ({
      kind: r.kind,
      key: r.clauseKey,
      before: beforeOf.get(r.clauseKey) ?? null,
      after: afterOf.get(r.clauseKey) ?? null,
      ...(r.wordDiff ? { wordDiff: r.wordDiff } : {}),
    }));
  }

  private async computedChanges(from: TosVersion | null, to: TosVersion): Promise<ClauseChange[]> {
    if (from?.id === to.id) return [];
    const manager = this.dataSource.manager;
    const after = await loadKeyedClauses(manager, to.id);
    if (!from) return after.map((c: KeyedClause) => ({ kind: 'added', key: c.key, before: null, after: c }));
    return diffVersions(await loadKeyedClauses(manager, from.id), after);
  }
}

function nameOf(document: TosDocument): string {
  return `${document.service?.name ?? 'The service'} ${document.type}`;
}

function docDetails(document: TosDocument): { service: string; documentType: string } {
  return { service: document.service?.name ?? '', documentType: document.type };
}

function documentOf(lineage: TosDocument[], version: TosVersion): TosDocument {
  return lineage.find((d) => d.id === version.documentId) ?? lineage[lineage.length - 1];
}

function versionNotFound(versionId: string, document: TosDocument): TosError {
  return new TosError(TosErrorCode.VersionNotFound, `${nameOf(document)} has no version ${versionId}.`, {
    version: versionId,
    ...docDetails(document),
  });
}

function invalidReference(value: string, parameter: string): TosError {
  return new TosError(
    TosErrorCode.InvalidVersionReference,
    `${parameter} must be a version id, a date (2025-06-01) or a date and time (2025-06-01T12:00:00Z); got "${value}".`,
    { parameter, value },
  );
}
