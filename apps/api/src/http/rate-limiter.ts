import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig, DEFAULT_MAX_AUTH_FAILURES } from '@casetrail/config';
import { RateLimitStore, WindowCount } from './rate-limit.store';

/** Below this many requests per window every request is counted in PostgreSQL before it runs. */
export const LOCAL_COUNTING_MIN_LIMIT = 100;
/** Share of the limit kept for exact counting: past it, every request goes to PostgreSQL first. */
const EXACT_HEADROOM = 0.1;
/** Hits counted in this process are written at least this often... */
const FLUSH_INTERVAL_MS = 200;
/** ...and as soon as a bucket holds this share of its limit unwritten. */
const FLUSH_SHARE = 0.025;
/** Clients followed in memory at most; past it, new ones are counted in PostgreSQL each time. */
const MAX_LOCAL_BUCKETS = 50_000;

export interface RateLimitRequest {
  /** Failed authentications of the client's address. */
  gateBucket: string;
  /** The requests of the client's key or address. */
  bucket: string;
  cost: number;
}

export interface RateLimitDecision {
  gate: WindowCount;
  /** Null when the gate refused: the request was not counted. */
  hit: WindowCount | null;
}

interface LocalWindow {
  /** Epoch ms after which the window must be read from PostgreSQL again (a second early). */
  endsAt: number;
  /** The window's count in PostgreSQL at the last read, every process included. */
  counted: number;
  /** Hits admitted here and not yet written. */
  pending: number;
}

/** A second early, so that hits admitted here never land after the window PostgreSQL counts them in. */
const localEnd = (now: number, window: WindowCount) => now + (window.resetSeconds - 1) * 1000;

/**
 * Keeps the PostgreSQL round trip off most requests while every API process still enforces one
 * limit. A request is counted in PostgreSQL before it runs (exactly, as the store does it) when its
 * window is new or about to end, when its client is within the last 10 % of the limit, when its
 * address failed authentication in the window, or when the limit is below 100 per window. Otherwise
 * it is counted here and written in the background, every 200 ms or as soon as 2.5 % of the limit is
 * pending, and before shutdown. Several processes can therefore admit a few requests past the limit
 * between two writes (ADR 0012); a single process cannot.
 */
@Injectable()
export class RateLimiter implements BeforeApplicationShutdown {
  private readonly logger = new Logger(RateLimiter.name);
  private readonly windows = new Map<string, LocalWindow>();
  /** Addresses known to have no failed authentication, until the epoch ms given. */
  private readonly cleanGates = new Map<string, number>();
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private backgroundFlush: Promise<void> | null = null;
  private lastForget = 0;
  private readonly windowSeconds: number;
  private readonly maxRequests: number;
  private readonly maxAuthFailures: number;

  constructor(
    private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    ({
      windowSeconds: this.windowSeconds,
      maxRequests: this.maxRequests,
      maxAuthFailures: this.maxAuthFailures = DEFAULT_MAX_AUTH_FAILURES,
    } = config.rateLimit);
  }

  async take(request: RateLimitRequest): Promise<RateLimitDecision> {
    const local = this.takeLocally(request);
    if (local) return local;
    await this.flush([request.bucket]);
    const decision = await this.store.hitUnlessGated(
      request.gateBucket,
      this.maxAuthFailures,
      request.bucket,
      this.windowSeconds,
      request.cost,
    );
    this.remember(request, decision);
    return decision;
  }

  /**
   * Counts one failed authentication of an address in PostgreSQL. The address's own requests are
   * written first and it is counted exactly for the rest of the window.
   */
  async recordAuthFailure(gateBucket: string, requestBucket: string): Promise<void> {
    this.cleanGates.delete(gateBucket);
    await this.flush([requestBucket]);
    await this.store.hit(gateBucket, this.windowSeconds);
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.flushTimer) clearInterval(this.flushTimer);
    this.flushTimer = null;
    await this.flush().catch((error: unknown) => {
      this.logger.warn(`Rate-limit counts of this process lost at shutdown: ${String(error)}`);
    });
  }

  private takeLocally(request: RateLimitRequest): RateLimitDecision | null {
    if (this.maxRequests < LOCAL_COUNTING_MIN_LIMIT) return null;
    const now = Date.now();
    const window = this.windows.get(request.bucket);
    const gateClean = (this.cleanGates.get(request.gateBucket) ?? 0) > now;
    if (!window || !gateClean || window.endsAt <= now) return null;
    const exactFrom = this.maxRequests - Math.ceil(this.maxRequests * EXACT_HEADROOM);
    if (window.counted + window.pending + request.cost > exactFrom) return null;
    window.pending += request.cost;
    this.startFlushTimer();
    if (window.pending >= Math.max(1, Math.floor(this.maxRequests * FLUSH_SHARE))) this.flushInBackground();
    const resetSeconds = Math.max(1, Math.ceil((window.endsAt - now) / 1000) + 1);
    return {
      gate: { count: 0, resetSeconds: this.windowSeconds },
      hit: { count: window.counted + window.pending, resetSeconds },
    };
  }

  private remember(request: RateLimitRequest, decision: RateLimitDecision): void {
    if (this.maxRequests < LOCAL_COUNTING_MIN_LIMIT || decision.hit === null) return;
    const now = Date.now();
    this.forgetExpired(now);
    if (!this.windows.has(request.bucket) && this.windows.size >= MAX_LOCAL_BUCKETS) return;
    const endsAt = localEnd(now, decision.hit);
    const pending = this.windows.get(request.bucket)?.pending ?? 0;
    this.windows.set(request.bucket, { endsAt, counted: decision.hit.count, pending });
    if (decision.gate.count === 0) this.cleanGates.set(request.gateBucket, endsAt);
    else this.cleanGates.delete(request.gateBucket);
  }

  private forgetExpired(now: number): void {
    if (now - this.lastForget < 1000) return;
    this.lastForget = now;
    for (const [bucket, window] of this.windows) {
      if (window.endsAt <= now && window.pending === 0) this.windows.delete(bucket);
    }
    for (const [gate, until] of this.cleanGates) if (until <= now) this.cleanGates.delete(gate);
  }

  private startFlushTimer(): void {
    if (this.flushTimer) return;
    this.flushTimer = setInterval(() => this.flushInBackground(), FLUSH_INTERVAL_MS);
    this.flushTimer.unref();
  }

  private flushInBackground(): void {
    if (this.backgroundFlush) return;
    this.backgroundFlush = this.flush()
      .catch((error: unknown) => {
        this.logger.warn(`Rate-limit counts not written yet (kept for the next try): ${String(error)}`);
      })
      .finally(() => {
        this.backgroundFlush = null;
      });
  }

  /** Writes the pending hits (of the given buckets, else all), one write at a time. */
  private flush(buckets?: string[]): Promise<void> {
    const run = this.flushing.then(() => this.writePending(buckets));
    this.flushing = run.catch(() => undefined);
    return run;
  }

  private async writePending(buckets?: string[]): Promise<void> {
    const hits: { bucket: string; count: number }[] = [];
    for (const bucket of buckets ?? this.windows.keys()) {
      const pending = this.windows.get(bucket)?.pending ?? 0;
      if (pending > 0) hits.push({ bucket, count: pending });
    }
    if (hits.length > 0) {
      // Hits admitted while this write runs stay pending for the next one.
      const written = await this.store.addHits(hits, this.windowSeconds);
      const now = Date.now();
      for (const hit of hits) {
        const window = this.windows.get(hit.bucket);
        const counted = written.get(hit.bucket);
        if (!window || !counted) continue;
        window.pending -= hit.count;
        window.counted = counted.count;
        window.endsAt = localEnd(now, counted);
      }
    }
    if (this.windows.size === 0 && this.flushTimer) {
      clearInterval(this.flushTimer);
      this.flushTimer = null;
    }
  }
}
