import { BlockList, isIP } from 'node:net';
import { embeddedIpv4 } from './embedded-ipv4';

/**
 * Address ranges that an outbound request to a user-supplied URL must never reach unless private
 * targets are allowed: loopback, private networks, link-local (cloud metadata at 169.254.169.254),
 * carrier-grade NAT, "this network", multicast, reserved and documentation ranges, and their IPv6
 * counterparts. IPv6 addresses that carry an IPv4 address (mapped, compatible, NAT64, 6to4, Teredo)
 * are also checked as every IPv4 they carry (`embeddedIpv4`).
 */
const BLOCKED_RANGES: { prefix: string; bits: number; family: 'ipv4' | 'ipv6'; reason: string }[] = [
  { prefix: '0.0.0.0', bits: 8, family: 'ipv4', reason: 'this network' },
  { prefix: '10.0.0.0', bits: 8, family: 'ipv4', reason: 'private' },
  { prefix: '100.64.0.0', bits: 10, family: 'ipv4', reason: 'carrier-grade NAT' },
  { prefix: '127.0.0.0', bits: 8, family: 'ipv4', reason: 'loopback' },
  { prefix: '169.254.0.0', bits: 16, family: 'ipv4', reason: 'link-local' },
  { prefix: '172.16.0.0', bits: 12, family: 'ipv4', reason: 'private' },
  { prefix: '192.0.0.0', bits: 24, family: 'ipv4', reason: 'IETF protocol assignments' },
  { prefix: '192.0.2.0', bits: 24, family: 'ipv4', reason: 'documentation' },
  { prefix: '192.88.99.0', bits: 24, family: 'ipv4', reason: '6to4 relay' },
  { prefix: '192.168.0.0', bits: 16, family: 'ipv4', reason: 'private' },
  { prefix: '198.18.0.0', bits: 15, family: 'ipv4', reason: 'benchmarking' },
  { prefix: '198.51.100.0', bits: 24, family: 'ipv4', reason: 'documentation' },
  { prefix: '203.0.113.0', bits: 24, family: 'ipv4', reason: 'documentation' },
  { prefix: '224.0.0.0', bits: 4, family: 'ipv4', reason: 'multicast' },
  { prefix: '240.0.0.0', bits: 4, family: 'ipv4', reason: 'reserved' },
  { prefix: '::', bits: 128, family: 'ipv6', reason: 'unspecified' },
  { prefix: '::1', bits: 128, family: 'ipv6', reason: 'loopback' },
  { prefix: '64:ff9b:1::', bits: 48, family: 'ipv6', reason: 'local-use NAT64' },
  { prefix: '100::', bits: 64, family: 'ipv6', reason: 'discard' },
  { prefix: '2001:db8::', bits: 32, family: 'ipv6', reason: 'documentation' },
  { prefix: 'fc00::', bits: 7, family: 'ipv6', reason: 'unique local (private)' },
  { prefix: 'fe80::', bits: 10, family: 'ipv6', reason: 'link-local' },
  { prefix: 'fec0::', bits: 10, family: 'ipv6', reason: 'site-local' },
  { prefix: 'ff00::', bits: 8, family: 'ipv6', reason: 'multicast' },
];

const LISTS = BLOCKED_RANGES.map((range) => {
  const list = new BlockList();
  list.addSubnet(range.prefix, range.bits, range.family);
  return { list, range };
});

/** Why `address` is not a public unicast address, or null when it is. Throws on a non-IP string. */
export function nonPublicReason(address: string): string | null {
  const family = isIP(address);
  if (family === 0) throw new Error(`not an IP address: ${address}`);
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { list, range } of LISTS) {
    // BlockList matches IPv4-mapped IPv6 addresses against IPv4 subnets too.
    if (list.check(address, type)) return `${range.reason} address ${range.prefix}/${range.bits}`;
  }
  if (family === 6) {
    for (const { ipv4, form } of embeddedIpv4(address)) {
      const inner = nonPublicReason(ipv4);
      if (inner) return `${form} form of ${ipv4}, a ${inner}`;
    }
  }
  return null;
}

export function isPublicAddress(address: string): boolean {
  return nonPublicReason(address) === null;
}
