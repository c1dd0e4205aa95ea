export { NetError, NetErrorCode } from './lib/net-error';
export { isPublicAddress, nonPublicReason } from './lib/address-policy';
export { assertPublicTarget, parseHttpUrl, systemResolver } from './lib/public-target';
export type { CheckedTarget, HostResolver, ResolvedAddress, TargetPolicy } from './lib/public-target';
export { guardedFetch, REDIRECT_STATUSES } from './lib/guarded-fetch';
export type { ConditionalValidators, GuardedFetchOptions, GuardedResponse } from './lib/guarded-fetch';
export { embeddedIpv4, ipv6Groups } from './lib/embedded-ipv4';
export type { EmbeddedIpv4 } from './lib/embedded-ipv4';
