import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CasesService } from '../cases/cases.service';
import { DocketEntry } from '../docket/docket-entry.entity';
import { HearingsService } from '../hearings/hearings.service';
import { MotionRulingsService } from '../motions/motion-rulings.service';
import { CaseStagesService } from '../stages/case-stages.service';

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
 * Re-derives what is read from a case's docket — motion links, hearings and deadlines, the stage —
 * from the entries already stored: for dockets imported before a derivation existed, or after its
 * rules changed. Each case is one transaction; running it twice changes nothing.
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
          .find({ where: { caseId: target.id }, select: { id: true } });
        const motionLinks = await this.motionRulings.recompute(
          manager,
          new Map([[target.id, entries.map((e) => e.id)]]),
        );
        const hearingEvents = await this.hearings.rederive(manager, target.id);
        const stage = await this.stages.refresh(manager, target.id);
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
