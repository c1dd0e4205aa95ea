import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, JobsService } from '@casetrail/jobs';
import { DataSource, EntityManager } from 'typeorm';
import { Case } from '../cases/case.entity';
import { Court } from '../courts/court.entity';
import { CaseEvent, caseEventKey } from '../events/case-event.entity';
import { JudgeRole } from '../judges/case-judge.entity';
import { PartiesService } from '../parties/parties.service';
import { CaseRelation } from '../relations/case-relation.entity';
import { ClaimsService } from '../claims/claims.service';
import { CaseStagesService } from '../stages/case-stages.service';
import { SeedData } from './seed-data';
import seedJson from './ai-cases.seed.json';

export interface SeedResult {
  courts: number;
  casesCreated: number;
  casesUpdated: number;
  relations: number;
  events: number;
  claims: number;
}

/** Loads the bundled seed idempotently: cases are matched by slug, everything else by natural keys. */
@Injectable()
export class SeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: PartiesService,
    private readonly jobs: JobsService,
    private readonly claims: ClaimsService,
    private readonly stages: CaseStagesService,
  ) {}

  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(Case).count()) === 0;
  }

  async seed(data: SeedData = seedJson as SeedData): Promise<SeedResult> {
    return this.dataSource.transaction(async (manager) => {
      const result: SeedResult = {
        courts: 0,
        casesCreated: 0,
        casesUpdated: 0,
        relations: 0,
        events: 0,
        claims: 0,
      };
      await manager.getRepository(Court).upsert(data.courts, ['id']);
      result.courts = data.courts.length;
      const idsBySlug = new Map<string, string>();
      for (const seedCase of data.cases) {
        const { id, created } = await this.upsertCase(manager, seedCase);
        idsBySlug.set(seedCase.slug, id);
        if (created) result.casesCreated += 1;
        else result.casesUpdated += 1;
        for (const party of seedCase.parties) await this.parties.attach(manager, id, party.name, party.role);
        for (const judge of seedCase.judges) {
          const role = /magistrate|u\.s\.m\.j/i.test(judge.title ?? '') ? JudgeRole.Referred : JudgeRole.Assigned;
          await this.parties.attachJudge(manager, id, judge.name, role, judge.title);
        }
        for (const event of seedCase.events) {
          const inserted = await manager
            .createQueryBuilder()
            .insert()
            .into(CaseEvent)
            .values({ caseId: id, ...event, naturalKey: caseEventKey(event) })
            .orIgnore()
            .execute();
          result.events += inserted.identifiers.filter(Boolean).length;
        }
        result.claims += await this.claims.recordTracked(manager, id, seedCase.claims, {
          url: seedCase.sources[0]?.url ?? null,
        });
        await this.stages.refresh(manager, id);
      }
      for (const relation of data.relations) {
        const fromCaseId = idsBySlug.get(relation.fromSlug);
        const toCaseId = idsBySlug.get(relation.toSlug);
        if (!fromCaseId || !toCaseId)
          throw new Error(`seed relation names an unknown case: ${relation.fromSlug} -> ${relation.toSlug}`);
        await manager
          .createQueryBuilder()
          .insert()
          .into(CaseRelation)
          .values({ fromCaseId, toCaseId, type: relation.type, note: relation.note, sourceUrl: relation.sourceUrl })
          .orIgnore()
          .execute();
        result.relations += 1;
      }
      for (const caseId of idsBySlug.values()) await this.jobs.send(JobName.SearchIndexCase, { caseId }, { manager });
      return result;
    });
  }

  private async upsertCase(
    manager: EntityManager,
    seed: SeedData['cases'][number],
  ): Promise<{ id: string; created: boolean }> {
    const repo = manager.getRepository(Case);
    const values = {
      slug: seed.slug,
      caption: seed.caption,
      shortName: seed.shortName,
      courtId: seed.courtId,
      docketNumber: seed.docketNumber,
      docketNumberAsWritten: seed.docketNumberAsWritten,
      judgeInitials: seed.judgeInitials,
      otherDocketNumbers: seed.otherDocketNumbers,
      filedOn: seed.filedOn,
      terminatedOn: seed.terminatedOn,
      status: seed.status,
      statusNote: seed.statusNote,
      natureOfSuit: seed.natureOfSuit,
      claims: seed.claims,
      reportedCitations: seed.reportedCitations,
      sources: seed.sources,
      notes: seed.notes,
      courtListenerUrl: seed.courtListener.docketUrl,
    };
    const existing = await repo.findOne({ where: { slug: seed.slug } });
    if (existing) {
      await repo.update({ id: existing.id }, values);
      return { id: existing.id, created: false };
    }
    const saved = await repo.save(repo.create(values));
    return { id: saved.id, created: true };
  }
}
