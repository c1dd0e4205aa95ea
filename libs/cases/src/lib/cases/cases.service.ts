import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  decodeCursor,
  escapeLike,
  isUuid,
  normalizeDocketNumber,
  pageLimit,
  parseDocketNumber,
  slugify,
  toPage,
} from '@casetrail/core';
import { JobName, JobsService } from '@casetrail/jobs';
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Court } from '../courts/court.entity';
import { CasesError, CasesErrorCode } from '../cases-error';
import { CaseEvent } from '../events/case-event.entity';
import { nextHearingOf } from '../hearings/next-hearing';
import { PartiesService } from '../parties/parties.service';
import {
  CaseFamily,
  climbToFamilyHead,
  FamilyOptions,
  loadFamily,
  loadFamilyHeads,
} from '../relations/case-family.repository';
import { CaseRelation } from '../relations/case-relation.entity';
import { Case } from './case.entity';
import { CreateCaseBody, ListCasesQuery, UpdateCaseBody } from './case.dto';
import { CaseDetailView, CaseSummaryViewPage, toCaseSummary } from './case-views';
import { caseFacets } from './case-facets';
import { ClaimsService } from '../claims/claims.service';
import { partyGroup } from '../parties/organisation-groups';
import { CaseStagesService } from '../stages/case-stages.service';
import { CaseStatus } from './case-status';

const NO_DATE = '0001-01-01';

@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: PartiesService,
    private readonly jobs: JobsService,
    private readonly claims: ClaimsService,
    private readonly stages: CaseStagesService,
  ) {}

  async list(query: ListCasesQuery): Promise<CaseSummaryViewPage> {
    const limit = pageLimit(query);
    const groupCaseIds = query.partyGroup ? await this.caseIdsInPartyGroup(query.partyGroup) : null;
    const qb = this.filtered(query, groupCaseIds);
    if (query.cursor) {
      const after = decodeCursor(query.cursor, { f: 'date', id: 'uuid' });
      qb.andWhere(`(COALESCE(c.filed_on, '${NO_DATE}'), c.id) < (:f::date, :id::uuid)`, after);
    }
    qb.addSelect(`COALESCE(c.filed_on, '${NO_DATE}')::text`, 'f')
      .orderBy(`COALESCE(c.filed_on, '${NO_DATE}')`, 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit + 1);
    const rows = await qb.getRawMany<{ id: string; f: string }>();
    const page = toPage(rows, limit, (last) => ({ f: last.f, id: last.id }));
    const entities = await this.loadSummaries(page.items.map((r) => r.id));
    const result: CaseSummaryViewPage = { items: entities.map(toCaseSummary), nextCursor: page.nextCursor };
    if (query.facets) {
      const ids = (await this.filtered(query, groupCaseIds).getRawMany<{ id: string }>()).map((r) => r.id);
      result.facets = await caseFacets(this.dataSource.manager, ids);
    }
    return result;
  }

  /** The ids of the cases that match every filter of `query` (its cursor aside). */
  private filtered(query: ListCasesQuery, groupCaseIds: string[] | null): SelectQueryBuilder<Case> {
    const qb = this.dataSource.getRepository(Case).createQueryBuilder('c').select('c.id', 'id');
    if (query.court) qb.andWhere('c.court_id = :court', { court: query.court.toLowerCase() });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.stage) qb.andWhere('c.stage = :stage', { stage: query.stage });
    if (query.claim || query.claimStatus) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM case_claims cc WHERE cc.case_id = c.id
                 AND (CAST(:claim AS text) IS NULL OR cc.code = :claim)
                 AND (CAST(:claimStatus AS text) IS NULL OR cc.status = :claimStatus))`,
        { claim: query.claim ?? null, claimStatus: query.claimStatus ?? null },
      );
    }
    if (query.judge) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM case_judges cj JOIN judges j ON j.id = cj.judge_id
                 WHERE cj.case_id = c.id AND j.name ILIKE :judge ESCAPE '\\')`,
        { judge: `%${escapeLike(query.judge)}%` },
      );
    }
    if (groupCaseIds) {
      if (groupCaseIds.length === 0) qb.andWhere('FALSE');
      else qb.andWhere('c.id IN (:...groupCaseIds)', { groupCaseIds });
    }
    if (query.party) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM case_parties cp JOIN parties p ON p.id = cp.party_id
                 WHERE cp.case_id = c.id AND p.name ILIKE :party ESCAPE '\\')`,
        { party: `%${escapeLike(query.party)}%` },
      );
    }
    if (query.q) {
      const words = query.q.split(/\s+/).filter(Boolean).slice(0, 10);
      words.forEach((word, i) => {
        qb.andWhere(
          new Brackets((w) =>
            w
              .where(`c.caption ILIKE :w${i} ESCAPE '\\'`)
              .orWhere(`c.short_name ILIKE :w${i} ESCAPE '\\'`)
              .orWhere(`c.docket_number ILIKE :w${i} ESCAPE '\\'`)
              .orWhere(
                `EXISTS (SELECT 1 FROM case_parties cp JOIN parties p ON p.id = cp.party_id
                         WHERE cp.case_id = c.id AND p.name ILIKE :w${i} ESCAPE '\\')`,
              ),
          ),
          { [`w${i}`]: `%${escapeLike(word)}%` },
        );
      });
    }
    return qb;
  }

  /** The cases with a party in `groupKey` (`org:openai`, `party:<stem>`), as {@link partyGroup} groups names. */
  private async caseIdsInPartyGroup(groupKey: string): Promise<string[]> {
    const rows = await this.dataSource.query<{ case_id: string; name: string }[]>(
      'SELECT cp.case_id, p.name FROM case_parties cp JOIN parties p ON p.id = cp.party_id',
    );
    const key = groupKey.toLowerCase();
    return [...new Set(rows.filter((r) => partyGroup(r.name)?.key === key).map((r) => r.case_id))];
  }

  async get(idOrSlug: string): Promise<CaseDetailView> {
    const entity = await this.findEntity(idOrSlug);
    const [withRelations] = await this.loadSummaries([entity.id], true);
    const relations = await this.dataSource.getRepository(CaseRelation).find({
      where: [{ fromCaseId: entity.id }, { toCaseId: entity.id }],
      relations: { fromCase: true, toCase: true },
      order: { type: 'ASC', createdAt: 'ASC' },
    });
    const events = await this.dataSource
      .getRepository(CaseEvent)
      .find({ where: { caseId: entity.id }, order: { date: 'ASC', title: 'ASC' } });
    const claims = await this.claims.forCase(entity.id);
    const nextHearing = await nextHearingOf(this.dataSource.manager, entity, new Date());
    return { ...toCaseDetail(withRelations, relations, events), claimRecords: claims, nextHearing };
  }

  /** Resolves an id or slug to the case row, or throws `case_not_found`. */
  async findEntity(idOrSlug: string, manager: EntityManager = this.dataSource.manager): Promise<Case> {
    const repo = manager.getRepository(Case);
    const entity = isUuid(idOrSlug)
      ? await repo.findOne({ where: { id: idOrSlug } })
      : await repo.findOne({ where: { slug: idOrSlug.toLowerCase() } });
    if (!entity) throw new CasesError(CasesErrorCode.CaseNotFound, `No case "${idOrSlug}".`, { case: idOrSlug });
    return entity;
  }

  /**
   * The family of a case: the MDL or lead case at the top of the family the case belongs to, and
   * every case linked into it as an MDL member or consolidated case (see {@link CaseFamily}). A case
   * in no family is the root of its own, without members. Throws `case_not_found`.
   */
  async familyOf(
    idOrSlug: string,
    options: FamilyOptions = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CaseFamily> {
    const entity = await this.findEntity(idOrSlug, manager);
    const headId = options.asHead ? entity.id : await climbToFamilyHead(manager, entity.id);
    const head = headId === entity.id ? entity : await this.findEntity(headId, manager);
    return loadFamily(manager, head, options.adjacent ?? false);
  }

  /**
   * The inverse of {@link familyOf} for a set of cases, in one query: for each case, the ids (sorted)
   * of every case whose family, taken `asHead` with the same `adjacent`, contains it: the case
   * itself, each case it is a member of (directly or through another member), and with `adjacent`
   * each case one relation away. What an event on a case is matched against. Unknown ids are left out.
   */
  familyHeadsOf(
    caseIds: readonly string[],
    options: Pick<FamilyOptions, 'adjacent'> = {},
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, string[]>> {
    return loadFamilyHeads(manager, caseIds, options.adjacent ?? false);
  }

  async create(body: CreateCaseBody): Promise<CaseDetailView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const court = await manager.getRepository(Court).findOne({ where: { id: body.court.toLowerCase() } });
      if (!court)
        throw new CasesError(CasesErrorCode.CourtNotFound, `No court "${body.court}".`, { court: body.court });
      const slug = body.slug ?? slugify(body.shortName);
      const parsed = body.docketNumber ? parseDocketNumber(body.docketNumber) : null;
      const docketNumber = body.docketNumber ? normalizeDocketNumber(body.docketNumber) : null;
      await this.assertUnique(manager, slug, court.id, docketNumber);
      const saved = await manager.getRepository(Case).save(
        manager.getRepository(Case).create({
          slug,
          caption: body.caption,
          shortName: body.shortName,
          courtId: court.id,
          docketNumber,
          docketNumberAsWritten: body.docketNumber ?? null,
          judgeInitials: parsed?.judgeInitials.join('-') || null,
          filedOn: body.filedOn ?? null,
          terminatedOn: body.terminatedOn ?? null,
          status: body.status ?? CaseStatus.Pending,
          statusNote: body.statusNote ?? null,
          natureOfSuit: body.natureOfSuit ?? null,
          claims: body.claims ?? [],
          reportedCitations: body.reportedCitations ?? [],
          courtListenerUrl: body.courtListenerUrl ?? null,
        }),
      );
      for (const party of body.parties ?? []) {
        await this.parties.attach(manager, saved.id, party.name, party.role);
      }
      await this.jobs.send(JobName.SearchIndexCase, { caseId: saved.id }, { manager });
      return saved.id;
    });
    return this.get(id);
  }

  async update(idOrSlug: string, body: UpdateCaseBody): Promise<CaseDetailView> {
    const entity = await this.findEntity(idOrSlug);
    const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    if (Object.keys(changes).length > 0) {
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(Case).update({ id: entity.id }, changes);
        if (body.status !== undefined) await this.stages.refresh(manager, entity.id);
        await this.jobs.send(JobName.SearchIndexCase, { caseId: entity.id }, { manager });
      });
    }
    return this.get(entity.id);
  }

  private async assertUnique(manager: EntityManager, slug: string, courtId: string, docketNumber: string | null) {
    const repo = manager.getRepository(Case);
    if (await repo.exists({ where: { slug } })) {
      throw new CasesError(CasesErrorCode.CaseAlreadyExists, `A case with slug "${slug}" exists.`, { slug });
    }
    if (docketNumber && (await repo.exists({ where: { courtId, docketNumber } }))) {
      throw new CasesError(CasesErrorCode.CaseAlreadyExists, `Case ${docketNumber} in ${courtId} exists.`, {
        court: courtId,
        docketNumber,
      });
    }
  }

  private async loadSummaries(ids: string[], withJudges = false): Promise<Case[]> {
    if (ids.length === 0) return [];
    const found = await this.dataSource.getRepository(Case).find({
      where: ids.map((id) => ({ id })),
      relations: { court: true, parties: { party: true }, ...(withJudges ? { judges: { judge: true } } : {}) },
    });
    const byId = new Map(found.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id)).filter((c): c is Case => c !== undefined);
  }
}

function toCaseDetail(
  entity: Case,
  relations: CaseRelation[],
  events: CaseEvent[],
): Omit<CaseDetailView, 'claimRecords' | 'nextHearing'> {
  return {
    ...toCaseSummary(entity),
    docketNumberAsWritten: entity.docketNumberAsWritten,
    judgeInitials: entity.judgeInitials,
    otherDocketNumbers: entity.otherDocketNumbers,
    statusNote: entity.statusNote,
    natureOfSuit: entity.natureOfSuit,
    cause: entity.cause,
    juryDemand: entity.juryDemand,
    jurisdiction: entity.jurisdiction,
    claims: entity.claims,
    stageSource: entity.stageSource,
    reportedCitations: entity.reportedCitations,
    judges: (entity.judges ?? []).map((j) => ({ name: j.judge?.name ?? '', role: j.role, title: j.title })),
    relations: relations.map((r) => {
      const outgoing = r.fromCaseId === entity.id;
      const other = outgoing ? r.toCase : r.fromCase;
      return {
        type: r.type,
        direction: outgoing ? ('outgoing' as const) : ('incoming' as const),
        case: { id: other?.id ?? '', slug: other?.slug ?? '', shortName: other?.shortName ?? '' },
        note: r.note,
        sourceUrl: r.sourceUrl,
      };
    }),
    events: events.map((e) => ({
      id: e.id,
      date: e.date,
      dateNote: e.dateNote,
      type: e.type,
      title: e.title,
      summary: e.summary,
      sourceUrl: e.sourceUrl,
    })),
    sources: entity.sources,
    notes: entity.notes,
    courtListenerUrl: entity.courtListenerUrl,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}
