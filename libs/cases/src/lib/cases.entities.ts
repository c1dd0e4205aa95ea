import { Case } from './cases/case.entity';
import { CaseClaimStatusChange } from './claims/case-claim-status-change.entity';
import { CaseClaim } from './claims/case-claim.entity';
import { Court } from './courts/court.entity';
import { DocketEntry } from './docket/docket-entry.entity';
import { CaseEvent } from './events/case-event.entity';
import { CaseHearing } from './hearings/case-hearing.entity';
import { CaseJudge } from './judges/case-judge.entity';
import { Judge } from './judges/judge.entity';
import { CaseParty } from './parties/case-party.entity';
import { MotionRuling } from './motions/motion-ruling.entity';
import { Party } from './parties/party.entity';
import { CaseRelation } from './relations/case-relation.entity';

export const CASES_ENTITIES = [
  Court,
  Case,
  Party,
  CaseParty,
  Judge,
  CaseJudge,
  CaseRelation,
  CaseEvent,
  DocketEntry,
  MotionRuling,
  CaseClaim,
  CaseClaimStatusChange,
  CaseHearing,
];
