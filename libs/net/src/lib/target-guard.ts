import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { NetError, NetErrorCode } from './net-error';
import { isPrivateAddress } from './private-address';

export interface TargetPolicy {
  /** Let requests reach loopback, private and link-local addresses (tests, intranets). */
  allowPrivateTargets: boolean;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface VettedTarget {
  url: URL;
  /** Every address the host resolved to, all of them allowed by the policy. */
  addresses: ResolvedAddress[];
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/** Parses an outbound URL: http or https only, no credentials in it. */
export function parseOutboundUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new NetError(NetErrorCode.InvalidUrl, `Not a URL: ${raw}`, { url: raw });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NetError(NetErrorCode.InvalidUrl, `Only http and https URLs are allowed (got ${url.protocol}).`, { url: raw });
  }
  if (url.username || url.password) {
    throw new NetError(NetErrorCode.InvalidUrl, 'URLs with credentials are not allowed.', { url: url.origin });
  }
  return url;
}

/**
 * The SSRF guard: resolves the URL's host and checks every address it resolves to, so that a name
 * with one public and one private address is refused too. Private, loopback and link-local
 * addresses pass only when the policy allows private targets.
 */
export async function vetTarget(raw: string, policy: TargetPolicy, resolve: Resolver = systemResolver): Promise<VettedTarget> {
  const url = parseOutboundUrl(raw);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedAddress[];
  const literal = isIP(host);
  if (literal) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await resolve(host);
    } catch (error) {
      throw new NetError(NetErrorCode.HostNotFound, `Cannot resolve ${host}: ${error instanceof Error ? error.message : String(error)}`, {
        host,
      });
    }
    if (addresses.length === 0) throw new NetError(NetErrorCode.HostNotFound, `${host} has no address.`, { host });
  }
  if (!policy.allowPrivateTargets) {
    const forbidden = addresses.filter((a) => isPrivateAddress(a.address)).map((a) => a.address);
    if (forbidden.length > 0) {
      throw new NetError(
        NetErrorCode.TargetForbidden,
        `${host} resolves to a private, loopback or link-local address (${forbidden.join(', ')}); set CASETRAIL_ALLOW_PRIVATE_TARGETS=true to allow it.`,
        { host, addresses: forbidden },
      );
    }
  }
  return { url, addresses };
}
