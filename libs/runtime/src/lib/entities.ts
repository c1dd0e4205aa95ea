import { ApiKey } from '@casetrail/auth';
import { CASES_ENTITIES } from '@casetrail/cases';
import { DomainEvent } from '@casetrail/events';
import { PACER_ENTITIES } from '@casetrail/pacer';

/** Every TypeORM entity of the product; the migrations must describe exactly these. */
export const ALL_ENTITIES = [...CASES_ENTITIES, ApiKey, DomainEvent, ...PACER_ENTITIES];
