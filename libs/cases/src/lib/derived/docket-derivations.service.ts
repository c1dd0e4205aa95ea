import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CasesService } from '../cases/cases.service';
import { DocketEntry } from '../docket/docket-entry.entity';
import { HearingsService } from '../hearings/hearings.service';
import { MotionRulingsService } from '../motions/motion-rulings.service';
import { CaseStagesService } from '../stages/case-stages.service';
import { DERIVATION_COLUMNS, DerivationDocket } from './derivation-docket';

/** What re-deriving one case produced. */
export interface CaseDerivation {
  caseId: string;
  slug: string;
  entries: number;
  /** Motion links written (the case's links are recomputed from every entry). */
  motionLinks: number;
  /** hearing.scheduled / hearing.rescheduled events recorded (only hearings still ahead are announced). */
  hearingEvents: number;
  stage: string | null;
}

/**
 * Keeps what is read from a case's docket — motion links, hearings and deadlines, the stage — equal to
 * its entries. `afterUpsert` is the one step after every docket upsert, fed the entries the upsert
 * holds, in its transaction; `rederive` reads stored dockets for entries imported before a derivation
 * existed, or after its rules changed (each case one transaction; running it twice changes nothing).
 */
@Injectable()
export class DocketDerivationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly motionRulings: MotionRulingsService,
    private readonly hearings: HearingsService,
    private readonly stages: CaseStagesService,
  ) {}

  /**
   * Refreshes each derived table once per upsert, from the dockets it holds (nothing is read from
   * `docket_entries`): the links of the changed entries, the hearings of a case whose changed entries may
   * mention one, now or before this upsert (a failure there is logged and rolled back alone, never the import), and the stage.
   */
  async afterUpsert(manager: EntityManager, dockets: DerivationDocket[]): Promise<void> {
    const live = dockets.filter((d) => d.changed.length > 0).sort((a, b) => a.caseId.localeCompare(b.caseId));
    // Orders are linked to the motions they decide from the same text.
    await this.motionRulings.recompute(manager, live);
    for (const docket of live) {
      if ([...docket.changed, ...(docket.replacedTexts ?? [])].some((e) => HearingsService.mayMention(e))) {
        await this.hearings.refreshAfterUpsert(manager, docket.caseId, docket.entries);
      }
      // A changed docket can move a case to another stage (issue 18).
      await this.stages.refresh(manager, docket.caseId, docket.entries);
    }
  }

  /** The given cases (ids or slugs; unknown ones throw `case_not_found` before anything is written), or every case. */
  async rederive(idsOrSlugs?: string[], onCase?: (done: CaseDerivation) => void): Promise<CaseDerivation[]> {
    const targets = idsOrSlugs?.length
      ? await Promise.all(idsOrSlugs.map((ref) => this.cases.findEntity(ref)))
      : await this.dataSource.getRepository(Case).find({ select: { id: true, slug: true }, order: { slug: 'ASC' } });
    const results: CaseDerivation[] = [];
    for (const target of targets) {
      const result = await this.dataSource.transaction(async (manager) => {
        const entries = await manager
          .getRepository(DocketEntry)
          .find({ where: { caseId: target.id }, select: DERIVATION_COLUMNS });
        const motionLinks = await this.motionRulings.recompute(manager, [
          { caseId: target.id, entries, changed: entries },
        ]);
        const hearingEvents = await this.hearings.rederive(manager, target.id, undefined, entries);
        const stage = await this.stages.refresh(manager, target.id, entries);
        return {
          caseId: target.id,
          slug: target.slug,
          entries: entries.length,
          motionLinks,
          hearingEvents: hearingEvents.length,
          stage: stage?.stage ?? null,
        };
      });
      results.push(result);
      onCase?.(result);
    }
    return results;
  }
}
