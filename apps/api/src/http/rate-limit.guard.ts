import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { APP_CONFIG, AppConfig, DEFAULT_MAX_AUTH_FAILURES } from '@casetrail/config';
import { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { NO_RATE_LIMIT } from '../auth/auth.decorators';
import { ApiError } from './api-error';
import { ApiErrorCode } from './api-error-code';
import { RATE_LIMIT_COST, RateLimitCostFn } from './rate-limit-cost';
import { RateLimiter } from './rate-limiter';

/** The client a request counts against: its API key when it presents one, else its address. */
export function clientAddress(request: Request): string {
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
}

function presentedKey(request: Request): string | null {
  const header = request.headers.authorization;
  return header ? header.replace(/^Bearer\s+/i, '').trim() || null : null;
}

export const authFailureBucket = (request: Request): string => `authfail:${clientAddress(request)}`;

/** The window a request counts in: its API key's when it presents one, else its address's. */
export function requestBucket(request: Request): string {
  const key = presentedKey(request);
  return key ? `key:${createHash('sha256').update(key).digest('hex').slice(0, 32)}` : `ip:${clientAddress(request)}`;
}

/**
 * Fixed-window limit per API key (or per client address without a key), announced with the IETF
 * `RateLimit-*` headers, counted in PostgreSQL so that every API process enforces one limit (through
 * RateLimiter, which keeps the round trip off requests far below the limit). Runs
 * before authentication: a client whose failed API keys or feed tokens reached
 * `maxAuthFailures` in the window is refused before its next guess is even checked.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(NO_RATE_LIMIT, [context.getHandler(), context.getClass()]))
      return true;
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const { windowSeconds, maxRequests, maxAuthFailures = DEFAULT_MAX_AUTH_FAILURES } = this.config.rateLimit;

    const { gate: failures, hit: window } = await this.limiter.take({
      gateBucket: authFailureBucket(request),
      bucket: requestBucket(request),
      cost: this.costOf(context, request),
    });
    if (window === null) {
      throw new ApiError(
        ApiErrorCode.RateLimited,
        `Too many failed authentications from this address: at most ${maxAuthFailures} every ${windowSeconds} s. Retry in ${failures.resetSeconds} s.`,
        { limit: maxAuthFailures, windowSeconds, retryAfterSeconds: failures.resetSeconds, reason: 'auth_failures' },
        { 'Retry-After': String(failures.resetSeconds) },
      );
    }
    const headers = {
      'RateLimit-Policy': `${maxRequests};w=${windowSeconds}`,
      'RateLimit-Limit': String(maxRequests),
      'RateLimit-Remaining': String(Math.max(0, maxRequests - window.count)),
      'RateLimit-Reset': String(window.resetSeconds),
    };
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    if (window.count > maxRequests) {
      throw new ApiError(
        ApiErrorCode.RateLimited,
        `Too many requests: at most ${maxRequests} every ${windowSeconds} s. Retry in ${window.resetSeconds} s.`,
        { limit: maxRequests, windowSeconds, retryAfterSeconds: window.resetSeconds },
        { ...headers, 'Retry-After': String(window.resetSeconds) },
      );
    }
    return true;
  }

  /** Heavy routes count for more than one request (RateLimitCost). */
  private costOf(context: ExecutionContext, request: Request): number {
    const cost = this.reflector.get<RateLimitCostFn | undefined>(RATE_LIMIT_COST, context.getHandler());
    return cost ? cost(request) : 1;
  }
}

/** Counts one failed authentication (a wrong API key or feed token) of the request's client. */
@Injectable()
export class AuthFailureCounter {
  constructor(private readonly limiter: RateLimiter) {}

  async record(request: Request): Promise<void> {
    await this.limiter.recordAuthFailure(authFailureBucket(request), requestBucket(request));
  }
}
