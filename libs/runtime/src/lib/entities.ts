import { ApiKey } from '@casetrail/auth';
import { CASES_ENTITIES } from '@casetrail/cases';
import { TOS_ENTITIES } from '@casetrail/tos';

/** Every TypeORM entity of the product; the migrations must describe exactly these. */
export const ALL_ENTITIES = [...CASES_ENTITIES, ApiKey, ...TOS_ENTITIES];
