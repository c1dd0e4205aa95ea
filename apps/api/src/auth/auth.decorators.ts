import { SetMetadata } from '@nestjs/common';
import { ApiKeyScope } from '@casetrail/auth';

export const REQUIRED_SCOPE = 'casetrail:requiredScope';
export const PUBLIC_ROUTE = 'casetrail:public';

/** The scope a key needs for this route. Reads default to `read`, writes must declare theirs. */
export const RequiresScope = (scope: ApiKeyScope) => SetMetadata(REQUIRED_SCOPE, scope);

/** Routes that never need a key (health, docs). */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);
