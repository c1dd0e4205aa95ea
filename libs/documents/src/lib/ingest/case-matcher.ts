import { Case, Court } from '@casetrail/cases';
import { docketNumberCore, parseDocketNumber } from '@casetrail/core';
import { EntityManager } from 'typeorm';

export interface CaseMatch {
  caseId: string | null;
  /** The court of the matched case, else the court named in the caption when it is a known court. */
  courtId: string | null;
}

/**
 * Finds the tracked case a filing belongs to from the docket number of its header stamp and, when
 * the caption names it, the court. Docket numbers repeat across districts ("3:24-cv-05417" exists
 * in many courts), so: with a court, court and number must both match; without one, the number
 * must match exactly one tracked case, whose court then becomes the document's.
 */
export async function matchCase(
  manager: EntityManager,
  docketNumber: string | null,
  courtHint: string | null,
): Promise<CaseMatch> {
  const court = courtHint ? await manager.getRepository(Court).findOne({ where: { id: courtHint } }) : null;
  const courtId = court?.id ?? null;
  if (!docketNumber) return { caseId: null, courtId };
  const candidates = await casesWithDocket(manager, docketNumber);
  const inCourt = courtHint ? candidates.filter((c) => c.courtId === courtHint) : candidates;
  if (inCourt.length === 1) return { caseId: inCourt[0].id, courtId: inCourt[0].courtId };
  return { caseId: null, courtId };
}

async function casesWithDocket(
  manager: EntityManager,
  docketNumber: string,
): Promise<{ id: string; courtId: string }[]> {
  const core = docketNumberCore(docketNumber);
  const rows = await manager
    .getRepository(Case)
    .createQueryBuilder('c')
    .select(['c.id', 'c.courtId', 'c.docketNumber', 'c.otherDocketNumbers'])
    .where(`c.docket_number LIKE :suffix`, { suffix: `%${core}` })
    .orWhere(`c.other_docket_numbers::text LIKE :anywhere`, { anywhere: `%${core}%` })
    .getMany();
  const found: { id: string; courtId: string }[] = [];
  for (const row of rows) {
    if (row.docketNumber && sameDocket(row.docketNumber, docketNumber))
      found.push({ id: row.id, courtId: row.courtId });
    for (const other of row.otherDocketNumbers) {
      if (sameDocket(other.docketNumber, docketNumber)) found.push({ id: row.id, courtId: other.courtId });
    }
  }
  return found.filter((c, i) => found.findIndex((d) => d.id === c.id && d.courtId === c.courtId) === i);
}

/** "3:24-cv-05417" matches "3:24-cv-05417" and "24-cv-05417" (no office), not "5:24-cv-05417". */
export function sameDocket(a: string, b: string): boolean {
  const pa = parseDocketNumber(a);
  const pb = parseDocketNumber(b);
  if (!pa || !pb) return a.trim().toLowerCase() === b.trim().toLowerCase();
  if (docketNumberCore(a) !== docketNumberCore(b)) return false;
  return pa.office === null || pb.office === null || Number(pa.office) === Number(pb.office);
}
