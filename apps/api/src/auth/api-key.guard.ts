import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKey, ApiKeyScope, ApiKeysService, scopeAllows } from '@casetrail/auth';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { Request } from 'express';
import { ApiError } from '../http/api-error';
import { ApiErrorCode } from '../http/api-error-code';
import { AuthFailureCounter } from '../http/rate-limit.guard';
import { PUBLIC_ROUTE, REQUIRED_SCOPE } from './auth.decorators';

export interface AuthenticatedRequest extends Request {
  apiKey?: ApiKey;
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    private readonly failures: AuthFailureCounter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const required =
      this.reflector.getAllAndOverride<ApiKeyScope>(REQUIRED_SCOPE, targets) ??
      (READ_METHODS.has(request.method) ? ApiKeyScope.Read : ApiKeyScope.Admin);
    const presented = bearerToken(request);

    if (!presented) {
      if (required === ApiKeyScope.Read && this.config.publicRead) return true;
      throw new ApiError(
        ApiErrorCode.MissingApiKey,
        'This request needs an API key: send "Authorization: Bearer <key>".',
        {
          requiredScope: required,
        },
        { 'WWW-Authenticate': 'Bearer realm="casetrail"' },
      );
    }
    const key = await this.keys.verify(presented);
    if (!key) {
      await this.failures.record(request);
      throw new ApiError(
        ApiErrorCode.InvalidApiKey,
        'The API key is not valid or was revoked.',
        {},
        {
          'WWW-Authenticate': 'Bearer realm="casetrail", error="invalid_token"',
        },
      );
    }
    request.apiKey = key;
    if (!scopeAllows(key.scope, required)) {
      throw new ApiError(ApiErrorCode.InsufficientScope, `This request needs a key with the "${required}" scope.`, {
        requiredScope: required,
        keyScope: key.scope,
      });
    }
    return true;
  }
}

function bearerToken(request: Request): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : header.trim() || null;
}
