export * from './lib/embedded-postgres';
export * from './lib/database-url';
export * from './lib/data-source-options';
export * from './lib/migrate';
export { MIGRATIONS } from './migrations';
export * from './lib/snake-naming.strategy';
export * from './lib/schema-drift';
export * from './lib/database-unavailable';
