import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { Response } from 'express';
import { AuthenticatedRequest } from '../auth/api-key.guard';
import { PUBLIC_ROUTE } from '../auth/auth.decorators';
import { ApiError } from './api-error';
import { ApiErrorCode } from './api-error-code';
import { RATE_LIMIT_COST, RateLimitCostFn } from './rate-limit-cost';

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Fixed-window limit per API key (or per client address without a key), announced with the
 * IETF `RateLimit-*` headers. State is per process: with N API processes a client gets at most
 * N times the limit (docs/operations.md).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly windows = new Map<string, Window>();
  private lastSweep = Date.now();

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const { windowSeconds, maxRequests } = this.config.rateLimit;
    const now = Date.now();
    this.sweep(now, windowSeconds * 1000);

    const client = request.apiKey ? `key:${request.apiKey.id}` : `ip:${request.ip ?? 'unknown'}`;
    let window = this.windows.get(client);
    if (!window || now - window.startedAt >= windowSeconds * 1000) {
      window = { startedAt: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count += this.costOf(context, request);
    const resetSeconds = Math.max(1, Math.ceil((window.startedAt + windowSeconds * 1000 - now) / 1000));
    const headers = {
      'RateLimit-Policy': `${maxRequests};w=${windowSeconds}`,
      'RateLimit-Limit': String(maxRequests),
      'RateLimit-Remaining': String(Math.max(0, maxRequests - window.count)),
      'RateLimit-Reset': String(resetSeconds),
    };
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (window.count > maxRequests) {
      throw new ApiError(
        ApiErrorCode.RateLimited,
        `Too many requests: at most ${maxRequests} every ${windowSeconds} s. Retry in ${resetSeconds} s.`,
        { limit: maxRequests, windowSeconds, retryAfterSeconds: resetSeconds },
        { ...headers, 'Retry-After': String(resetSeconds) },
      );
    }
    return true;
  }

  /** Heavy routes count for more than one request (RateLimitCost). */
  private costOf(context: ExecutionContext, request: AuthenticatedRequest): number {
    const cost = this.reflector.get<RateLimitCostFn | undefined>(RATE_LIMIT_COST, context.getHandler());
    return cost ? cost(request) : 1;
  }

  private sweep(now: number, windowMs: number): void {
    if (now - this.lastSweep < windowMs) return;
    this.lastSweep = now;
    for (const [client, window] of this.windows) if (now - window.startedAt >= windowMs) this.windows.delete(client);
  }
}
