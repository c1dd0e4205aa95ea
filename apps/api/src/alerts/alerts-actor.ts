import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { AlertsActor } from '@casetrail/alerts';
import { ApiKeyScope } from '@casetrail/auth';
import { AuthenticatedRequest } from '../auth/api-key.guard';

/** The API key behind the request as the owner of subscriptions (admin keys see every one). */
export const Actor = createParamDecorator((_data: unknown, context: ExecutionContext): AlertsActor => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  return { keyId: request.apiKey?.id ?? null, admin: request.apiKey?.scope === ApiKeyScope.Admin };
});
