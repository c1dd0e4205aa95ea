import { CaseRecordsService } from '@casetrail/cases';
import { describePacerCourt } from '@casetrail/pacer';
import { EntityManager } from 'typeorm';
import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';

/** The court row of a CourtListener `court_id` (PACER's ids for federal courts), created from its id when new. */
export async function ensureCourt(
  records: CaseRecordsService,
  manager: EntityManager,
  courtId: string,
): Promise<string> {
  const id = courtId.toLowerCase();
  if (await records.courtExists(manager, id)) return id;
  const described = describePacerCourt(id);
  if (!described) {
    throw new CourtListenerError(
      CourtListenerErrorCode.MalformedResponse,
      `CourtListener's court "${courtId}" is neither known here nor a PACER court id.`,
      { court: courtId },
    );
  }
  await records.createCourt(manager, described);
  return id;
}
