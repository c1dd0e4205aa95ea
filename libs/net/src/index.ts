export * from './lib/net-error';
export * from './lib/address-policy';
export * from './lib/embedded-ipv4';
export * from './lib/public-target';
export * from './lib/guarded-fetch';
