import { ALERTS_ENTITIES } from '@casetrail/alerts';
import { ApiKey } from '@casetrail/auth';
import { CASES_ENTITIES } from '@casetrail/cases';
import { DomainEvent } from '@casetrail/events';

/** Every TypeORM entity of the product; the migrations must describe exactly these. */
export const ALL_ENTITIES = [...CASES_ENTITIES, ApiKey, DomainEvent, ...ALERTS_ENTITIES];
