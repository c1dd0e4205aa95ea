import { AppConfig } from '@casetrail/config';
import { EmbeddedDatabase, resolveDatabase, runMigrations } from '@casetrail/database';
import { bootLogger } from './process-lifecycle';

/** Exit status when the embedded database died and could not be restarted (EX_SOFTWARE). */
export const DATABASE_LOST_EXIT_CODE = 70;

export interface Infrastructure {
  databaseUrl: string;
  embedded: EmbeddedDatabase | null;
  appliedMigrations: string[];
}

/**
 * Starts (or finds) the database and brings its schema up to date before Nest boots. An embedded
 * server that dies is restarted; when it cannot be, the process exits non-zero (a supervisor such
 * as systemd or Docker then restarts all of it).
 */
export async function prepareInfrastructure(
  config: AppConfig,
  log: (message: string) => void,
  onDatabaseLost: (error: Error) => void = exitOnDatabaseLoss,
): Promise<Infrastructure> {
  const database = await resolveDatabase(config, log, onDatabaseLost, (message) => bootLogger.warn(message));
  try {
    const appliedMigrations = await runMigrations(database.url);
    if (appliedMigrations.length > 0) log(`applied migrations: ${appliedMigrations.join(', ')}`);
    return { databaseUrl: database.url, embedded: database.embedded, appliedMigrations };
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
}

function exitOnDatabaseLoss(error: Error): void {
  bootLogger.fatal(`${error.message}; exiting so that a supervisor restarts the process`);
  process.exit(DATABASE_LOST_EXIT_CODE);
}
