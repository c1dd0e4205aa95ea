
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
  rateLimit: { windowSeconds: number; maxRequests: number };
  upload: { maxBytes: number };
  allowPrivateTargets: boolean;
  /** Whether `npm start` also runs the worker's job handlers in the API process. */
  runWorkerInApi: boolean;
  seedOnFirstStart: boolean;
}

/** Names of the variables whose values must never reach logs. */
export const SECRET_VARIABLES = ['DATABASE_URL', 'MEILI_MASTER_KEY', 'SMTP_URL'] as const;
