import { ALERTS_ENTITIES } from '@casetrail/alerts';
import { ApiKey } from '@casetrail/auth';
import { CASES_ENTITIES } from '@casetrail/cases';
import { CITATIONS_ENTITIES } from '@casetrail/citations';
import { COURTLISTENER_ENTITIES } from '@casetrail/courtlistener';
import { DOCUMENTS_ENTITIES } from '@casetrail/documents';
import { DomainEvent } from '@casetrail/events';
import { PACER_ENTITIES } from '@casetrail/pacer';
import { TOS_ENTITIES } from '@casetrail/tos';

/** Every TypeORM entity of the product; the migrations must describe exactly these. */
export const ALL_ENTITIES = [
  ...CASES_ENTITIES,
  ...DOCUMENTS_ENTITIES,
  ApiKey,
  DomainEvent,
  ...CITATIONS_ENTITIES,
  ...PACER_ENTITIES,
  ...ALERTS_ENTITIES,
  ...TOS_ENTITIES,
  ...COURTLISTENER_ENTITIES,
];
