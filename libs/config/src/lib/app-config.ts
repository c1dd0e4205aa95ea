export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  /** Absent: the embedded PostgreSQL under `dataDir` is used. */
  databaseUrl: string | null;
  dataDir: string;
  blobDir: string;
  port: number;
  host: string;
  meili: { url: string; masterKey: string | null; indexUid: string } | null;
  logLevel: LogLevel;
  publicRead: boolean;
  /**
   * Limits per client and window, shared by every API process through PostgreSQL. `maxAuthFailures`
   * (failed API keys and feed tokens per client address) defaults to `DEFAULT_MAX_AUTH_FAILURES`.
   */
  rateLimit: { windowSeconds: number; maxRequests: number; maxAuthFailures?: number };
  /**
   * Proxies whose `X-Forwarded-For` names the client (Express `trust proxy` values such as
   * `loopback` or `10.0.0.0/8`); false: the socket's address is the client, whatever the header says.
   */
  trustProxy: string[] | false;
  upload: UploadConfig;
  workers: WorkersConfig;
  pdf: PdfLimitsConfig;
  citations: CitationsLimitsConfig;
  allowPrivateTargets: boolean;
  tos: TosConfig;
  /** Whether `npm start` also runs the worker's job handlers in the API process. */
  runWorkerInApi: boolean;
  seedOnFirstStart: boolean;
  pacer: PacerConfig;
  alerts: AlertsConfig;
  ocr: OcrConfig;
  courtListener: CourtListenerConfig;
}

/** CourtListener intake (docs/courtlistener.md): the v4 REST API, its storage, limits and webhooks. */
export interface CourtListenerConfig {
  /** `COURTLISTENER_TOKEN`, sent as `Authorization: Token …`; null: following dockets is refused. */
  token: string | null;
  /** The API's origin, e.g. `https://www.courtlistener.com` (paths `/api/rest/v4/…` are appended). */
  baseUrl: string;
  /** Where `filepath_local` of a RECAP document is served from. */
  storageUrl: string;
  /** API requests per hour at most, shared by every process (CourtListener's own limit is per account). */
  hourlyBudget: number;
  /** Time between two scheduled syncs of one followed docket. */
  syncIntervalSeconds: number;
  /** One request's whole exchange, body included. */
  timeoutMs: number;
  /** Retries of one request after a network error, a 5xx or a 429, with exponential backoff from `retryBaseMs`. */
  maxRetries: number;
  retryBaseMs: number;
  /** A 429 asking to wait longer than this fails the sync (its job is retried later) instead of sleeping. */
  maxRetryAfterSeconds: number;
  /** Path secret of `POST /api/v1/hooks/courtlistener/{secret}`; null: the webhook route answers 404. */
  webhookSecret: string | null;
  /** Source addresses allowed to call the webhook (exact IPs); empty: any. */
  webhookAllowlist: string[];
}

/** OCR of pages without a usable text layer (docs/operations.md#ocr). */
export interface OcrConfig {
  /** `auto`: extraction queues `document.ocr` for pages that need it; `off`: nothing is OCR'd unless the CLI asks. */
  mode: 'auto' | 'off';
  /** OCR threads per process (cores minus one by default, at least one). */
  concurrency: number;
  /** Pages OCR'd per document at most; the rest are marked skipped and the document says so. */
  maxPagesPerDocument: number;
  /** A page that takes longer fails with `timeout`. */
  pageTimeoutSeconds: number;
}

export interface UploadConfig {
  maxBytes: number;
  /** Uploads streamed to disk at once; one more is refused with 503 and Retry-After. */
  maxConcurrent: number;
}

/** The worker-thread pool that runs CPU-heavy parsing off the event loop (libs/workers). */
export interface WorkersConfig {
  /** Threads in the pool: cores - 1 by default, at least 1. */
  poolSize: number;
  /** Old-generation heap of each worker thread; a task that needs more is stopped (out_of_memory). */
  maxMemoryMb: number;
  /** Longest run of one task before its thread is terminated (timed_out). */
  taskTimeoutMs: number;
  /** Tasks waiting for a thread; beyond it new tasks are refused (pool_busy). */
  maxQueue: number;
}

/** Bounds of one PDF (upload and extraction): more pages or more inflated stream bytes fail with a reason. */
export interface PdfLimitsConfig {
  maxPages: number;
  maxInflatedBytes: number;
}

/** POST /api/v1/citations/extract: input and output caps; anonymous callers get much smaller ones. */
export interface CitationsLimitsConfig {
  anonymousMaxCharacters: number;
  keyedMaxCharacters: number;
  /** Citations returned at most; the answer says when it was cut. */
  maxResults: number;
}

/** A court RSS feed to poll: `CASETRAIL_RSS_FEEDS=nysd=https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl,...`. */
export interface RssFeedConfig {
  court: string;
  url: string;
}

export interface PacerConfig {
  /** Largest docket report or RSS body accepted (API uploads, CLI files, fetched feeds). */
  maxBodyBytes: number;
  rss: {
    feeds: RssFeedConfig[];
    intervalSeconds: number;
    timeoutSeconds: number;
    /** Only record entries of cases already tracked, instead of every case a feed names. */
    trackedCasesOnly: boolean;
  };
}

/** Alert delivery: webhooks, email, retries (docs/alerts.md). */
export interface AlertsConfig {
  /** `smtp://user:pass@host:587` or `smtps://…`; email subscriptions are refused while unset. */
  smtpUrl: string | null;
  emailFrom: string;
  /** Delays before each retry of a failed delivery, in milliseconds; when spent, the subscription is marked failing. */
  retryScheduleMs: number[];
  /** Time box of one webhook request or one SMTP exchange. */
  timeoutMs: number;
  /** How long a worker owns a subscription's delivery lane before another may take over (a killed worker's lane). */
  leaseSeconds: number;
  /** How often each worker looks for missed events, stalled deliveries and due digests. */
  sweepIntervalSeconds: number;
  /** How long the previous webhook secret still signs after a rotation, by default. */
  secretGraceSeconds: number;
  /** Base URL written into feed links (`https://casetrail.example.org`). */
  publicUrl: string;
}

/** Ten seconds doubling up to twelve hours: thirteen attempts over about 52 hours. */
export const DEFAULT_ALERT_RETRY_SCHEDULE = '10s,30s,2m,10m,30m,1h,2h,4h,8h,12h,12h,12h';

/** Terms-of-service tracking: how often each tracked source is fetched, and the fetch's bounds. */
export interface TosConfig {
  pollIntervalSeconds: number;
  fetchTimeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_MAX_AUTH_FAILURES = 20;

/** Names of the variables whose values must never reach logs. */
export const SECRET_VARIABLES = [
  'DATABASE_URL',
  'MEILI_MASTER_KEY',
  'SMTP_URL',
  'COURTLISTENER_TOKEN',
  'COURTLISTENER_WEBHOOK_SECRET',
] as const;
