import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * How long opening a connection may take before the request fails with database_unavailable. Not
 * shorter: the timer also runs while the event loop is busy (parsing a PDF in-process, as the CLI
 * does), and 5 s made a healthy loopback connection time out under load.
 */
export const DATABASE_CONNECT_TIMEOUT_MS = 30_000;

export type EntityList = NonNullable<DataSourceOptions['entities']>;

export function dataSourceOptions(url: string, entities: EntityList): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    // A database that accepts connections but never answers must not hold requests for ever.
    extra: { max: 20, application_name: 'casetrail', connectionTimeoutMillis: DATABASE_CONNECT_TIMEOUT_MS },
  };
}
