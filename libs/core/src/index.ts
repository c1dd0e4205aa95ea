export * from './lib/domain-error';
export * from './lib/docket-number';
export * from './lib/slug';
export * from './lib/cursor';
export * from './lib/hash';
export * from './lib/map-concurrent';
export * from './lib/page-query';
