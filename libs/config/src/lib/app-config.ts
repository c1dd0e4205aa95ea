
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
  pacer: PacerConfig;
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

/** Names of the variables whose values must never reach logs. */
export const SECRET_VARIABLES = ['DATABASE_URL', 'MEILI_MASTER_KEY', 'SMTP_URL'] as const;
