import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
}

/**
 * Fixed-window counters in PostgreSQL (`rate_limits`, unlogged), so every API process counts into
 * the same windows: one atomic upsert per hit, no read-modify-write race between processes.
 */
@Injectable()
export class RateLimitStore {
  private lastSweep = Date.now();

  constructor(private readonly dataSource: DataSource) {}

  /** Counts one hit in `bucket` and answers the window's count. */
  async hit(bucket: string, windowSeconds: number, cost = 1): Promise<WindowCount> {
    await this.sweep(windowSeconds);
    const rows = (await this.dataSource.query(
      `INSERT INTO rate_limits AS r (bucket, window_started_at, count) VALUES ($1, clock_timestamp(), $3)
       ON CONFLICT (bucket) DO UPDATE SET
         count = CASE WHEN r.window_started_at <= clock_timestamp() - make_interval(secs => $2) THEN $3 ELSE r.count + $3 END,
         window_started_at = CASE WHEN r.window_started_at <= clock_timestamp() - make_interval(secs => $2)
                                  THEN clock_timestamp() ELSE r.window_started_at END
       RETURNING count, ${RESET_SECONDS} AS reset_seconds`,
      [bucket, windowSeconds, cost],
    )) as { count: number; reset_seconds: number }[];
    return { count: rows[0].count, resetSeconds: Math.max(1, Math.ceil(Number(rows[0].reset_seconds))) };
  }

  /** The window's count of `bucket` without counting a hit (0 when it has none or it expired). */
  async peek(bucket: string, windowSeconds: number): Promise<WindowCount> {
    const rows = (await this.dataSource.query(
      `SELECT r.count, ${RESET_SECONDS} AS reset_seconds FROM rate_limits r
       WHERE r.bucket = $1 AND r.window_started_at > clock_timestamp() - make_interval(secs => $2)`,
      [bucket, windowSeconds],
    )) as { count: number; reset_seconds: number }[];
    if (rows.length === 0) return { count: 0, resetSeconds: windowSeconds };
    return { count: rows[0].count, resetSeconds: Math.max(1, Math.ceil(Number(rows[0].reset_seconds))) };
  }

  /** Drops expired windows now and then, so that rotating client addresses cannot grow the table for ever. */
  private async sweep(windowSeconds: number): Promise<void> {
    const now = Date.now();
    if (now - this.lastSweep < windowSeconds * 1000) return;
    this.lastSweep = now;
    await this.dataSource.query(
      'DELETE FROM rate_limits WHERE window_started_at < clock_timestamp() - make_interval(secs => $1)',
      [windowSeconds * 2],
    );
  }
}

const RESET_SECONDS = `extract(epoch FROM (r.window_started_at + make_interval(secs => $2) - clock_timestamp()))`;
