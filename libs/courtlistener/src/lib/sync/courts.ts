import { CaseRecordsService } from '@casetrail/cases';
import { ensurePacerCourt, PacerError, PacerErrorCode } from '@casetrail/pacer';
import { EntityManager } from 'typeorm';
import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';

/** The court row of a CourtListener `court_id` (PACER's ids for federal courts), created from its id when new. */
export async function ensureCourt(
  records: CaseRecordsService,
  manager: EntityManager,
  courtId: string,
): Promise<string> {
  try {
    return (await ensurePacerCourt(records, manager, courtId)).id;
  } catch (error) {
    if (!(error instanceof PacerError) || error.code !== PacerErrorCode.UnknownCourt) throw error;
    throw new CourtListenerError(
      CourtListenerErrorCode.MalformedResponse,
      `CourtListener's court "${courtId}" is neither known here nor a PACER court id.`,
      { court: courtId },
    );
  }
}
