export * from './lib/net-error';
export * from './lib/private-address';
export * from './lib/target-guard';
export * from './lib/safe-fetch';
