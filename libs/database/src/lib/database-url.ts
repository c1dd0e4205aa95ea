import { AppConfig } from '@casetrail/config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';

export interface ResolvedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** `DATABASE_URL` when set, otherwise the embedded server under the data directory. */
export async function resolveDatabase(
  config: AppConfig,
  log?: (message: string) => void,
  onGiveUp?: (error: Error) => void,
  warn?: (message: string) => void,
): Promise<ResolvedDatabase> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log, warn, onGiveUp });
  return { url: embedded.url, embedded };
}
