export * from './lib/workspace';
export * from './lib/test-database';
export * from './lib/test-config';
export * from './lib/test-server';
export * from './lib/test-context';
export * from './lib/pdf-fixtures';
