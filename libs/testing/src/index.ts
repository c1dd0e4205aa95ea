export * from './lib/workspace';
export * from './lib/test-database';
export * from './lib/test-config';
export * from './lib/test-server';
export * from './lib/test-context';
export * from './lib/wait-for';
export * from './lib/webhook-receiver';
export * from './lib/smtp-sink';
