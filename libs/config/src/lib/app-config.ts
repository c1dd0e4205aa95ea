
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AppConfig {
  /** Absent: the embedded PostgreSQL under `dataDir` is used. */
  databaseUrl: string | null;
  dataDir: string;
  blobDir: string;
  port: number;
  host: string;
  meili: { url: string; masterKey: string | null } | null;
  logLevel: LogLevel;
  publicRead: boolean;
  rateLimit: { windowSeconds: number; maxRequests: number };
  upload: { maxBytes: number };
  allowPrivateTargets: boolean;
  /** Whether `npm start` also runs the worker's job handlers in the API process. */
  runWorkerInApi: boolean;
  seedOnFirstStart: boolean;
  alerts: AlertsConfig;
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

/** Names of the variables whose values must never reach logs. */
export const SECRET_VARIABLES = ['DATABASE_URL', 'MEILI_MASTER_KEY', 'SMTP_URL'] as const;
