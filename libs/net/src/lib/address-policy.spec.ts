import { isPublicAddress, nonPublicReason } from './address-policy';

describe('address policy', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['172.31.255.255', 'private'],
    ['192.168.1.10', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'this network'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fd12:3456::1', 'unique local'],
    ['fe80::1', 'link-local'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:127.0.0.1', 'loopback'],
  ])('refuses %s (%s)', (address, reason) => {
    expect(nonPublicReason(address)).toContain(reason);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111'])(
    'accepts the public address %s',
    (address) => {
      expect(nonPublicReason(address)).toBeNull();
    },
  );

  // The cases of the feed poller's former private-address check (libs/pacer), which now uses this policy.
  it.each(['10.1.2.3', '172.20.0.1', '192.168.1.1', 'fd00::1', '0.0.0.0', '::ffff:127.0.0.1'])(
    'refuses %s, as the feed poller did',
    (address) => {
      expect(isPublicAddress(address)).toBe(false);
    },
  );

  it.each(['151.101.1.69', '2606:4700::1111', '::ffff:8.8.8.8'])('accepts %s, as the feed poller did', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('throws on something that is not an address', () => {
    expect(() => nonPublicReason('example.com')).toThrow('not an IP address');
  });
});
