
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
  tos: TosConfig;
  /** Whether `npm start` also runs the worker's job handlers in the API process. */
  runWorkerInApi: boolean;
  seedOnFirstStart: boolean;
}

/** Terms-of-service tracking: how often each tracked source is fetched, and the fetch's bounds. */
export interface TosConfig {
  pollIntervalSeconds: number;
  fetchTimeoutMs: number;
  maxBytes: number;
}

/** Names of the variables whose values must never reach logs. */
export const SECRET_VARIABLES = ['DATABASE_URL', 'MEILI_MASTER_KEY', 'SMTP_URL'] as const;
