import os from 'node:os';
import path from 'node:path';
import { isIP } from 'node:net';
import {
  AppConfig,
  DEFAULT_ALERT_RETRY_SCHEDULE,
  DEFAULT_MAX_AUTH_FAILURES,
  LogLevel,
  RssFeedConfig,
} from './app-config';
import { ConfigError } from './config-error';

type Env = Record<string, string | undefined>;

const TRUST_PROXY_NAMES = ['loopback', 'linklocal', 'uniquelocal'];

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/**
 * Reads and validates the whole configuration once, at boot. Every problem is collected, so one
 * failed start names every bad variable.
 */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const dataDir = path.resolve(cwd, read.string('CASETRAIL_DATA_DIR') ?? '.casetrail');
  const meiliUrl = read.url('MEILI_URL', ['http:', 'https:']);
  const config: AppConfig = {
    databaseUrl: read.url('DATABASE_URL', ['postgres:', 'postgresql:']),
    dataDir,
    blobDir: path.resolve(cwd, read.string('CASETRAIL_BLOB_DIR') ?? path.join(dataDir, 'blobs')),
    port: read.integer('PORT', 3000, { min: 0, max: 65535 }),
    host: read.string('HOST') ?? '0.0.0.0',
    meili: meiliUrl
      ? {
          url: meiliUrl,
          masterKey: read.string('MEILI_MASTER_KEY'),
          indexUid: read.string('MEILI_INDEX') ?? 'casetrail',
        }
      : null,
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    publicRead: read.boolean('CASETRAIL_PUBLIC_READ', true),
    rateLimit: {
      windowSeconds: read.integer('CASETRAIL_RATE_LIMIT_WINDOW_SECONDS', 60, { min: 1, max: 86400 }),
      maxRequests: read.integer('CASETRAIL_RATE_LIMIT_MAX', 600, { min: 1, max: 1_000_000 }),
      maxAuthFailures: read.integer('CASETRAIL_AUTH_FAILURE_MAX', DEFAULT_MAX_AUTH_FAILURES, {
        min: 1,
        max: 1_000_000,
      }),
    },
    trustProxy: read.trustProxy('CASETRAIL_TRUST_PROXY'),
    upload: {
      maxBytes: read.integer('CASETRAIL_MAX_UPLOAD_BYTES', 100 * 1024 * 1024, { min: 1 }),
      maxConcurrent: read.integer('CASETRAIL_MAX_CONCURRENT_UPLOADS', 8, { min: 1, max: 1000 }),
    },
    workers: {
      poolSize: read.integer('CASETRAIL_WORKER_THREADS', defaultPoolSize(), { min: 1, max: 256 }),
      maxMemoryMb: read.integer('CASETRAIL_WORKER_MAX_MEMORY_MB', 384, { min: 32, max: 16_384 }),
      taskTimeoutMs: read.integer('CASETRAIL_WORKER_TASK_TIMEOUT_MS', 120_000, { min: 100, max: 3_600_000 }),
      maxQueue: read.integer('CASETRAIL_WORKER_MAX_QUEUE', 256, { min: 1, max: 100_000 }),
    },
    pdf: {
      maxPages: read.integer('CASETRAIL_PDF_MAX_PAGES', 3000, { min: 1, max: 1_000_000 }),
      maxInflatedBytes: read.integer('CASETRAIL_PDF_MAX_INFLATED_BYTES', 512 * 1024 * 1024, { min: 1024 }),
    },
    citations: {
      anonymousMaxCharacters: read.integer('CASETRAIL_CITATIONS_ANONYMOUS_MAX_CHARACTERS', 20_000, { min: 100 }),
      keyedMaxCharacters: read.integer('CASETRAIL_CITATIONS_MAX_CHARACTERS', 1_000_000, { min: 100 }),
      maxResults: read.integer('CASETRAIL_CITATIONS_MAX_RESULTS', 5_000, { min: 1 }),
    },
    allowPrivateTargets: read.boolean('CASETRAIL_ALLOW_PRIVATE_TARGETS', false),
    tos: {
      pollIntervalSeconds: read.integer('CASETRAIL_TOS_POLL_INTERVAL_SECONDS', 12 * 3600, { min: 60, max: 30 * 86400 }),
      fetchTimeoutMs: read.integer('CASETRAIL_TOS_FETCH_TIMEOUT_MS', 20_000, { min: 100, max: 300_000 }),
      maxBytes: read.integer('CASETRAIL_TOS_MAX_BYTES', 5 * 1024 * 1024, { min: 1024, max: 100 * 1024 * 1024 }),
    },
    runWorkerInApi: read.boolean('CASETRAIL_RUN_WORKER', true),
    seedOnFirstStart: read.boolean('CASETRAIL_SEED', true),
    pacer: {
      maxBodyBytes: read.integer('CASETRAIL_PACER_MAX_BYTES', 20 * 1024 * 1024, { min: 1024 }),
      rss: {
        feeds: read.feeds('CASETRAIL_RSS_FEEDS'),
        intervalSeconds: read.integer('CASETRAIL_RSS_INTERVAL_SECONDS', 900, { min: 10, max: 7 * 86400 }),
        timeoutSeconds: read.integer('CASETRAIL_RSS_TIMEOUT_SECONDS', 20, { min: 1, max: 600 }),
        trackedCasesOnly: read.boolean('CASETRAIL_RSS_TRACKED_ONLY', false),
      },
    },
    alerts: {
      smtpUrl: read.url('SMTP_URL', ['smtp:', 'smtps:']),
      emailFrom: read.string('CASETRAIL_ALERT_EMAIL_FROM') ?? 'Casetrail alerts <alerts@casetrail.invalid>',
      retryScheduleMs: read.durations('CASETRAIL_ALERT_RETRY_SCHEDULE', DEFAULT_ALERT_RETRY_SCHEDULE),
      timeoutMs: read.integer('CASETRAIL_ALERT_TIMEOUT_MS', 5000, { min: 100, max: 60_000 }),
      leaseSeconds: read.integer('CASETRAIL_ALERT_LEASE_SECONDS', 60, { min: 1, max: 3600 }),
      sweepIntervalSeconds: read.integer('CASETRAIL_ALERT_SWEEP_SECONDS', 15, { min: 1, max: 3600 }),
      secretGraceSeconds: read.integer('CASETRAIL_ALERT_SECRET_GRACE_SECONDS', 86_400, { min: 0, max: 30 * 86_400 }),
      publicUrl: (read.url('CASETRAIL_PUBLIC_URL', ['http:', 'https:']) ?? '').replace(/\/+$/, ''),
    },
    ocr: {
      mode: read.oneOf('CASETRAIL_OCR', ['auto', 'off'] as const, 'auto'),
      concurrency: read.integer('CASETRAIL_OCR_CONCURRENCY', Math.max(1, os.availableParallelism() - 1), {
        min: 1,
        max: 64,
      }),
      maxPagesPerDocument: read.integer('CASETRAIL_OCR_MAX_PAGES', 500, { min: 1, max: 100_000 }),
      pageTimeoutSeconds: read.integer('CASETRAIL_OCR_PAGE_TIMEOUT_SECONDS', 300, { min: 5, max: 3600 }),
    },
    courtListener: {
      token: read.string('COURTLISTENER_TOKEN'),
      baseUrl: (read.url('COURTLISTENER_BASE_URL', ['http:', 'https:']) ?? 'https://www.courtlistener.com').replace(
        /\/+$/,
        '',
      ),
      storageUrl: (
        read.url('COURTLISTENER_STORAGE_URL', ['http:', 'https:']) ?? 'https://storage.courtlistener.com'
      ).replace(/\/+$/, ''),
      hourlyBudget: read.integer('COURTLISTENER_HOURLY_BUDGET', 4000, { min: 1, max: 1_000_000 }),
      syncIntervalSeconds: read.integer('COURTLISTENER_SYNC_INTERVAL_SECONDS', 3600, { min: 60, max: 30 * 86400 }),
      timeoutMs: read.integer('COURTLISTENER_TIMEOUT_MS', 30_000, { min: 100, max: 600_000 }),
      maxRetries: read.integer('COURTLISTENER_MAX_RETRIES', 4, { min: 0, max: 20 }),
      retryBaseMs: read.integer('COURTLISTENER_RETRY_BASE_MS', 1000, { min: 1, max: 600_000 }),
      maxRetryAfterSeconds: read.integer('COURTLISTENER_MAX_RETRY_AFTER_SECONDS', 120, { min: 0, max: 86_400 }),
      webhookSecret: read.secret('COURTLISTENER_WEBHOOK_SECRET', 32),
      webhookAllowlist: read.addresses('COURTLISTENER_WEBHOOK_ALLOWLIST'),
    },
  };
  config.alerts.publicUrl ||= `http://localhost:${config.port}`;
  if (config.alerts.leaseSeconds * 1000 <= config.alerts.timeoutMs) {
    problems.push(
      'CASETRAIL_ALERT_LEASE_SECONDS must be longer than CASETRAIL_ALERT_TIMEOUT_MS (a lane must outlive one request)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** One core stays with the event loop that serves requests. */
function defaultPoolSize(): number {
  return Math.max(1, os.availableParallelism() - 1);
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(name: string): string | null {
    const value = this.env[name]?.trim();
    return value ? value : null;
  }

  /** A secret of at least `minLength` characters (an unguessable path segment: letters, digits, `-`, `_`). */
  secret(name: string, minLength: number): string | null {
    const value = this.string(name);
    if (value === null) return null;
    if (value.length < minLength || !/^[A-Za-z0-9_-]+$/.test(value)) {
      this.problems.push(`${name} must be at least ${minLength} letters, digits, - or _`);
      return null;
    }
    return value;
  }

  /** Comma-separated IP addresses. */
  addresses(name: string): string[] {
    const value = this.string(name);
    if (value === null) return [];
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = entries.filter((e) => isIP(e) === 0);
    if (bad.length > 0) this.problems.push(`${name} must be comma-separated IP addresses (got "${bad.join(', ')}")`);
    return entries.filter((e) => isIP(e) !== 0);
  }

  url(name: string, protocols: string[]): string | null {
    const value = this.string(name);
    if (value === null) return null;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must use ${protocols.join(' or ')} (got ${parsed.protocol})`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return value;
  }

  integer(name: string, fallback: number, range: { min?: number; max?: number } = {}): number {
    const value = this.string(name);
    if (value === null) return fallback;
    const parsed = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
    if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be an integer between ${min} and ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.string(name)?.toLowerCase();
    if (value === undefined || value === null) return fallback;
    if (['true', '1', 'yes', 'on'].includes(value)) return true;
    if (['false', '0', 'no', 'off'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  /**
   * Comma-separated proxy addresses, subnets (`10.0.0.0/8`) or Express's names (`loopback`,
   * `linklocal`, `uniquelocal`). `true` (trust every hop, so any client picks its own address) is refused.
   */
  trustProxy(name: string): string[] | false {
    const value = this.string(name);
    if (value === null || ['false', '0', 'no', 'off'].includes(value.toLowerCase())) return false;
    const entries = value
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean);
    const bad = entries.filter((entry) => {
      if (TRUST_PROXY_NAMES.includes(entry)) return false;
      const [address, bits, extra] = entry.split('/');
      const family = isIP(address);
      if (family === 0 || extra !== undefined) return true;
      if (bits === undefined) return false;
      const n = Number(bits);
      return !/^\d+$/.test(bits) || n > (family === 4 ? 32 : 128);
    });
    if (bad.length > 0 || entries.length === 0) {
      this.problems.push(
        `${name} must be false or a comma-separated list of proxy addresses, subnets or ${TRUST_PROXY_NAMES.join(', ')} (got "${value}")`,
      );
      return false;
    }
    return entries;
  }

  /** Comma-separated `court=url` pairs; the URL may itself contain `=`. */
  feeds(name: string): RssFeedConfig[] {
    const value = this.string(name);
    if (value === null) return [];
    const feeds: RssFeedConfig[] = [];
    for (const pair of value
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const eq = pair.indexOf('=');
      const court = eq > 0 ? pair.slice(0, eq).trim().toLowerCase() : '';
      const url = eq > 0 ? pair.slice(eq + 1).trim() : '';
      if (!/^[a-z0-9][a-z0-9-]{1,39}$/.test(court)) {
        this.problems.push(`${name}: "${pair}" must be court=url with a court id such as nysd`);
        continue;
      }
      try {
        const protocol = new URL(url).protocol;
        if (protocol !== 'http:' && protocol !== 'https:') throw new Error(protocol);
      } catch {
        this.problems.push(`${name}: the URL of ${court} is not an http(s) URL (got "${url}")`);
        continue;
      }
      feeds.push({ court, url });
    }
    return feeds;
  }

  /** Comma-separated durations such as `500ms,10s,2m,1h,1d`, in milliseconds. */
  durations(name: string, fallback: string): number[] {
    const value = this.string(name) ?? fallback;
    const parsed = parseDurations(value);
    if (parsed === null) {
      this.problems.push(`${name} must be comma-separated durations such as 10s,2m,1h (got "${value}")`);
      return parseDurations(fallback) ?? [];
    }
    return parsed;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.string(name);
    if (value === null) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
    return fallback;
  }
}

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `10s,2m,1h` → [10000, 120000, 3600000]; null when any part is not a positive duration. */
export function parseDurations(value: string): number[] | null {
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return null;
  const result: number[] = [];
  for (const part of parts) {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(part);
    if (!match) return null;
    const ms = Math.round(Number(match[1]) * DURATION_UNITS_MS[match[2]]);
    if (ms <= 0) return null;
    result.push(ms);
  }
  return result;
}
