import { AppConfig } from '@casetrail/config';
import { EmbeddedDatabase, resolveDatabase, runMigrations } from '@casetrail/database';

export interface Infrastructure {
  databaseUrl: string;
  embedded: EmbeddedDatabase | null;
  appliedMigrations: string[];
}

/** Starts (or finds) the database and brings its schema up to date before Nest boots. */
export async function prepareInfrastructure(
  config: AppConfig,
  log: (message: string) => void,
): Promise<Infrastructure> {
  const database = await resolveDatabase(config, log);
  try {
    const appliedMigrations = await runMigrations(database.url);
    if (appliedMigrations.length > 0) log(`applied migrations: ${appliedMigrations.join(', ')}`);
    return { databaseUrl: database.url, embedded: database.embedded, appliedMigrations };
  } catch (error) {
    await database.embedded?.stop();
    throw error;
  }
}
