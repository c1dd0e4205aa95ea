export { embeddedSharedBuffersMb, freePort, startEmbeddedPostgres } from './lib/embedded-postgres';
export type { EmbeddedDatabase, EmbeddedOptions } from './lib/embedded-postgres';
export { resolveDatabase } from './lib/database-url';
export type { ResolvedDatabase } from './lib/database-url';
export { DATABASE_CONNECT_TIMEOUT_MS, dataSourceOptions } from './lib/data-source-options';
export type { EntityList } from './lib/data-source-options';
export { runMigrations } from './lib/migrate';
export { MIGRATIONS } from './migrations';
export { SnakeNamingStrategy } from './lib/snake-naming.strategy';
export { computeSchemaDrift, renderMigration } from './lib/schema-drift';
export type { SchemaDrift } from './lib/schema-drift';
export {
  DATABASE_RETRY_AFTER_SECONDS,
  DatabaseErrorCode,
  isDatabaseUnavailableError,
} from './lib/database-unavailable';
