import { SetMetadata } from '@nestjs/common';
import type { Request } from 'express';

export const RATE_LIMIT_COST = 'casetrail:rateLimitCost';

/** How many requests of the rate limit one request of this route uses; 1 when a route says nothing. */
export type RateLimitCostFn = (request: Request) => number;

export const RateLimitCost = (cost: RateLimitCostFn) => SetMetadata(RATE_LIMIT_COST, cost);

/** One request per started `unit` characters of the JSON body's `field` (at least one). */
export function perCharacters(field: string, unit: number): RateLimitCostFn {
  return (request) => {
    const value: unknown = (request.body as Record<string, unknown> | undefined)?.[field];
    return typeof value === 'string' ? Math.max(1, Math.ceil(value.length / unit)) : 1;
  };
}
