import { Injectable } from '@nestjs/common';
import { rows } from '@casetrail/core';
import { DataSource } from 'typeorm';

export interface WindowCount {
  /** Hits in the current window, this one included. */
  count: number;
  /** Seconds until the window resets (at least 1). */
  resetSeconds: number;
}

interface GatedHitRow {
  gate_count: number | null;
  gate_reset_seconds: number | null;
  count: number | null;
  reset_seconds: number | null;
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
    const [counted] = await rows<{ count: number; reset_seconds: number }>(
      this.dataSource,
      `INSERT INTO rate_limits AS r (bucket, window_started_at, count) VALUES ($1, clock_timestamp(), $3)
       ${COUNT_IN_WINDOW}`,
      [bucket, windowSeconds, cost],
    );
    return { count: counted.count, resetSeconds: resetOf(counted.reset_seconds) };
  }

  /**
   * One round trip for the guard: reads the window of `gateBucket` (auth failures) and, only while
   * that count is below `gateLimit`, counts a hit of `cost` in `bucket`. `hit` is null when the gate
   * refused, so a refused client's request does not count.
   */
  async hitUnlessGated(
    gateBucket: string,
    gateLimit: number,
    bucket: string,
    windowSeconds: number,
    cost = 1,
  ): Promise<{ gate: WindowCount; hit: WindowCount | null }> {
    await this.sweep(windowSeconds);
    const [row] = await rows<GatedHitRow>(
      this.dataSource,
      `WITH gate AS (
         SELECT r.count, ${RESET_SECONDS} AS reset_seconds FROM rate_limits r
         WHERE r.bucket = $4 AND r.window_started_at > clock_timestamp() - make_interval(secs => $2)
       ), hit AS (
         INSERT INTO rate_limits AS r (bucket, window_started_at, count)
         SELECT $1::text, clock_timestamp(), $3::integer
         WHERE coalesce((SELECT count FROM gate), 0) < $5::integer
         ${COUNT_IN_WINDOW}
       )
       SELECT (SELECT count FROM gate) AS gate_count, (SELECT reset_seconds FROM gate) AS gate_reset_seconds,
              (SELECT count FROM hit) AS count, (SELECT reset_seconds FROM hit) AS reset_seconds`,
      [bucket, windowSeconds, cost, gateBucket, gateLimit],
    );
    const gate =
      row.gate_count === null
        ? { count: 0, resetSeconds: windowSeconds }
        : { count: row.gate_count, resetSeconds: resetOf(row.gate_reset_seconds) };
    const hit = row.count === null ? null : { count: row.count, resetSeconds: resetOf(row.reset_seconds) };
    return { gate, hit };
  }

  /**
   * Counts hits counted earlier in this process (bucket by bucket, in one statement) and answers each
   * bucket's window as PostgreSQL now has it, with every process's hits.
   */
  async addHits(hits: { bucket: string; count: number }[], windowSeconds: number): Promise<Map<string, WindowCount>> {
    if (hits.length === 0) return new Map();
    await this.sweep(windowSeconds);
    const counted = await rows<{ bucket: string; count: number; reset_seconds: number }>(
      this.dataSource,
      `INSERT INTO rate_limits AS r (bucket, window_started_at, count)
       SELECT bucket, clock_timestamp(), hits FROM unnest($1::text[], $3::integer[]) AS h(bucket, hits)
       ${countInWindow('EXCLUDED.count')}, r.bucket`,
      [hits.map((hit) => hit.bucket), windowSeconds, hits.map((hit) => hit.count)],
    );
    return new Map(
      counted.map((row) => [row.bucket, { count: row.count, resetSeconds: resetOf(row.reset_seconds) }] as const),
    );
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

/**
 * The upsert's conflict arm for `$1` bucket, `$2` window seconds and `cost` new hits: a window that
 * expired starts again with these hits, else they add to it.
 */
const countInWindow = (cost: string) => `ON CONFLICT (bucket) DO UPDATE SET
  count = CASE WHEN r.window_started_at <= clock_timestamp() - make_interval(secs => $2) THEN ${cost} ELSE r.count + ${cost} END,
  window_started_at = CASE WHEN r.window_started_at <= clock_timestamp() - make_interval(secs => $2)
                           THEN clock_timestamp() ELSE r.window_started_at END
  RETURNING r.count, ${RESET_SECONDS} AS reset_seconds`;

const COUNT_IN_WINDOW = countInWindow('$3::integer');

const resetOf = (seconds: number | string | null): number => Math.max(1, Math.ceil(Number(seconds)));
