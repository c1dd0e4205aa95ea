import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { nonPublicReason } from './address-policy';
import { NetError, NetErrorCode } from './net-error';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to every address it has (injectable so tests can simulate DNS). */
export type HostResolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface TargetPolicy {
  /** Allow loopback, private and link-local targets (development and tests only). */
  allowPrivate: boolean;
  resolve?: HostResolver;
}

export interface CheckedTarget {
  url: URL;
  /** The URL's host without IPv6 brackets. */
  hostname: string;
  /** Every address the host resolved to, all of them checked; connect to one of these only. */
  addresses: ResolvedAddress[];
}

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

export const systemResolver: HostResolver = async (hostname) => {
  const found = await dnsLookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

/** Parses an http(s) URL or throws `invalid_url`. */
export function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new NetError(NetErrorCode.InvalidUrl, `Not a valid URL: ${raw}`, { url: raw });
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    throw new NetError(NetErrorCode.InvalidUrl, `Only http and https URLs are allowed (got ${url.protocol}).`, {
      url: raw,
    });
  }
  return url;
}

/**
 * The SSRF guard: resolves the URL's host and refuses it when any resolved address is loopback,
 * private, link-local or otherwise non-public, unless private targets are allowed. Checking every
 * address (not just the first) defeats a name that resolves to both a public and a private address;
 * connecting only to a checked address (see `guardedFetch`) defeats DNS rebinding between the
 * check and the connection.
 */
export async function assertPublicTarget(raw: string, policy: TargetPolicy): Promise<CheckedTarget> {
  const url = parseHttpUrl(raw);
  const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  let addresses: ResolvedAddress[];
  const literal = isIP(hostname);
  if (literal !== 0) {
    addresses = [{ address: hostname, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (policy.resolve ?? systemResolver)(hostname);
    } catch (error) {
      throw new NetError(
        NetErrorCode.DnsLookupFailed,
        `Could not resolve ${hostname}: ${error instanceof Error ? error.message : String(error)}`,
        {
          host: hostname,
        },
      );
    }
    if (addresses.length === 0)
      throw new NetError(NetErrorCode.DnsLookupFailed, `${hostname} has no address.`, { host: hostname });
  }
  if (!policy.allowPrivate) {
    for (const { address } of addresses) {
      const reason = nonPublicReason(address);
      if (reason) {
        throw new NetError(
          NetErrorCode.TargetNotAllowed,
          `${hostname} resolves to ${address}, a ${reason}; private, loopback and link-local targets are refused.`,
          { host: hostname, address, reason },
        );
      }
    }
  }
  return { url, hostname, addresses };
}
