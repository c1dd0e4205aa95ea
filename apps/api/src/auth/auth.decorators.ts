import { SetMetadata } from '@nestjs/common';
import { ApiKeyScope } from '@casetrail/auth';

export const REQUIRED_SCOPE = 'casetrail:requiredScope';
export const PUBLIC_ROUTE = 'casetrail:public';
export const NO_RATE_LIMIT = 'casetrail:noRateLimit';

/** The scope a key needs for this route. Reads default to `read`, writes must declare theirs. */
export const RequiresScope = (scope: ApiKeyScope) => SetMetadata(REQUIRED_SCOPE, scope);

/** Routes that never need a key (health, docs). */
export const PublicRoute = () => SetMetadata(PUBLIC_ROUTE, true);

/** Routes the rate limiter does not count (health checks of load balancers and supervisors). */
export const NoRateLimit = () => SetMetadata(NO_RATE_LIMIT, true);
