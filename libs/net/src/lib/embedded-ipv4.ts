import { isIPv4, isIPv6 } from 'node:net';

/** An IPv4 address carried inside an IPv6 address, and the mechanism that carries it. */
export interface EmbeddedIpv4 {
  ipv4: string;
  form: string;
}

/** The eight 16-bit groups of an IPv6 address (any spelling, with or without a dotted-quad tail). */
export function ipv6Groups(address: string): number[] | null {
  const bare = address.replace(/%.*$/, '');
  if (!isIPv6(bare)) return null;
  let text = bare.toLowerCase();
  const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (quad) {
    const bytes = quad[1].split('.').map(Number);
    text = `${text.slice(0, -quad[1].length)}${((bytes[0] << 8) | bytes[1]).toString(16)}:${((bytes[2] << 8) | bytes[3]).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, null];
  const parse = (part: string) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  if (tail === null) return left.length === 8 ? left : null;
  const right = parse(tail);
  const zeros = 8 - left.length - right.length;
  return zeros < 0 ? null : [...left, ...new Array<number>(zeros).fill(0), ...right];
}

function ipv4Of(high: number, low: number): string {
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

/**
 * Every IPv4 address that an IPv6 address hands traffic to: IPv4-compatible (`::a.b.c.d`),
 * IPv4-mapped (`::ffff:a.b.c.d`), IPv4-translated (`::ffff:0:a.b.c.d`), NAT64 (`64:ff9b::/96`),
 * 6to4 (`2002::/16`) and Teredo (`2001::/32`: the server and the obfuscated client address).
 * A target is only as public as the IPv4 addresses it embeds.
 */
export function embeddedIpv4(address: string): EmbeddedIpv4[] {
  const g = ipv6Groups(address);
  if (!g) return [];
  const zeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0);
  const found: EmbeddedIpv4[] = [];
  // ::/96 without the unspecified and loopback addresses (those are refused on their own).
  if (zeroUntil(6) && (g[6] !== 0 || g[7] > 1)) found.push({ ipv4: ipv4Of(g[6], g[7]), form: 'IPv4-compatible' });
  if (zeroUntil(5) && g[5] === 0xffff) found.push({ ipv4: ipv4Of(g[6], g[7]), form: 'IPv4-mapped' });
  if (zeroUntil(4) && g[4] === 0xffff && g[5] === 0) found.push({ ipv4: ipv4Of(g[6], g[7]), form: 'IPv4-translated' });
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))
    found.push({ ipv4: ipv4Of(g[6], g[7]), form: 'NAT64' });
  if (g[0] === 0x2002) found.push({ ipv4: ipv4Of(g[1], g[2]), form: '6to4' });
  if (g[0] === 0x2001 && g[1] === 0) {
    found.push({ ipv4: ipv4Of(g[2], g[3]), form: 'Teredo server' });
    found.push({ ipv4: ipv4Of(g[6] ^ 0xffff, g[7] ^ 0xffff), form: 'Teredo client' });
  }
  return found.filter((e) => isIPv4(e.ipv4));
}
