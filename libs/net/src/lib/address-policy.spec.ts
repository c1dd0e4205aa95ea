import { isPublicAddress, nonPublicReason } from './address-policy';
import { embeddedIpv4, ipv6Groups } from './embedded-ipv4';

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

  describe('IPv6 forms that carry an IPv4 address', () => {
    it.each([
      ['::127.0.0.1', 'IPv4-compatible form of 127.0.0.1'],
      ['::7f00:1', 'IPv4-compatible form of 127.0.0.1'],
      ['::a9fe:a9fe', 'IPv4-compatible form of 169.254.169.254'],
      ['::ffff:0:10.0.0.1', 'IPv4-translated form of 10.0.0.1'],
      ['2002:7f00:1::', '6to4 form of 127.0.0.1'],
      ['2002:a9fe:a9fe:1234::1', '6to4 form of 169.254.169.254'],
      ['2002:c0a8:101::1', '6to4 form of 192.168.1.1'],
      // Teredo: server 65.54.227.120 (public), client 127.0.0.1 stored bit-inverted.
      ['2001:0:4136:e378:8000:63bf:80ff:fffe', 'Teredo client form of 127.0.0.1'],
      ['2001:0:a00:1::', 'Teredo server form of 10.0.0.1'],
      ['64:ff9b::7f00:1', 'NAT64 form of 127.0.0.1'],
      ['64:ff9b::169.254.169.254', 'NAT64 form of 169.254.169.254'],
      ['64:ff9b:1::808:808', 'local-use NAT64'],
    ])('refuses %s (%s)', (address, reason) => {
      expect(nonPublicReason(address)).toContain(reason);
    });

    it.each(['::808:808', '2002:808:808::1', '64:ff9b::8.8.8.8', '2001:0:4136:e378:8000:63bf:f7f7:f7f7'])(
      'accepts %s, which carries only public IPv4 addresses',
      (address) => {
        expect(nonPublicReason(address)).toBeNull();
      },
    );
  });

  it('reads every spelling of an IPv6 address', () => {
    expect(ipv6Groups('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('64:ff9b::1.2.3.4')).toEqual([0x64, 0xff9b, 0, 0, 0, 0, 0x102, 0x304]);
    expect(ipv6Groups('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(ipv6Groups('fe80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups('127.0.0.1')).toBeNull();
    expect(embeddedIpv4('2606:4700::1111')).toEqual([]);
  });
});
