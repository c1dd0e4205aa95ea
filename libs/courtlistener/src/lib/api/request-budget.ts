import { EntityManager } from 'typeorm';
import { CourtListenerError, CourtListenerErrorCode } from '../courtlistener-error';

/**
 * Takes one request from this hour's budget, shared by every process through one row per hour:
 * the increment happens only while under the limit, so concurrent callers cannot overshoot it.
 */
export async function takeFromBudget(manager: EntityManager, hourlyBudget: number, now = new Date()): Promise<number> {
  const hourStart = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const rows = (await manager.query(
    `INSERT INTO courtlistener_request_budget (hour_start, requests) VALUES ($1, 1)
     ON CONFLICT (hour_start) DO UPDATE SET requests = courtlistener_request_budget.requests + 1
       WHERE courtlistener_request_budget.requests < $2
     RETURNING requests`,
    [hourStart, hourlyBudget],
  )) as { requests: number }[];
  if (rows.length === 0) {
    const resetAt = new Date(hourStart.getTime() + 3_600_000);
    throw new CourtListenerError(
      CourtListenerErrorCode.BudgetExhausted,
      `The hourly budget of ${hourlyBudget} CourtListener requests is spent; it renews at ${resetAt.toISOString()}.`,
      { hourlyBudget, resetAt: resetAt.toISOString() },
    );
  }
  return rows[0].requests;
}
