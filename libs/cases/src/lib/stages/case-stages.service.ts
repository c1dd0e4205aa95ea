import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Case } from '../cases/case.entity';
import { DocketEntry } from '../docket/docket-entry.entity';
import { DerivationEntry, inDocketOrder } from '../derived/derivation-docket';
import { CaseEvent } from '../events/case-event.entity';
import { DerivedStage, deriveStage } from './derive-stage';

/** Keeps each case's stored stage equal to what its docket, events and status say. */
@Injectable()
export class CaseStagesService {
  /**
   * Derives and stores the stage of `caseId` inside the caller's transaction; returns it. `docket`, when
   * the caller holds the case's entries already (a docket upsert), saves reading them again.
   */
  async refresh(manager: EntityManager, caseId: string, docket?: DerivationEntry[]): Promise<DerivedStage | null> {
    const found = await manager
      .getRepository(Case)
      .findOne({ where: { id: caseId }, select: { id: true, status: true } });
    if (!found) return null;
    const entries = docket
      ? inDocketOrder(docket)
      : await manager.getRepository(DocketEntry).find({
          where: { caseId },
          select: { id: true, entryNumber: true, dateFiled: true, entryType: true, description: true },
          order: { dateFiled: 'ASC', sortOrder: 'ASC', id: 'ASC' },
        });
    const events = await manager.getRepository(CaseEvent).find({
      where: { caseId },
      select: { id: true, date: true, type: true, title: true, summary: true },
      order: { date: 'ASC', title: 'ASC' },
    });
    const derived = deriveStage(entries, events, found.status);
    // A plain UPDATE: a derived column is not an edit of the case and leaves updated_at alone.
    await manager.query(
      `UPDATE cases SET stage = $1, stage_source = $2::jsonb
        WHERE id = $3 AND (stage IS DISTINCT FROM $1 OR stage_source IS DISTINCT FROM $2::jsonb)`,
      [derived.stage, JSON.stringify(derived.source), caseId],
    );
    return derived;
  }
}
