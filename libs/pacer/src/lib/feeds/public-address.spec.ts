import { isPrivateAddress, privateAddressesOf } from './public-address';

describe('isPrivateAddress', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0'])(
    'refuses %s',
    (address) => {
      expect(isPrivateAddress(address)).toBe(true);
    },
  );

  it.each(['8.8.8.8', '151.101.1.69', '2606:4700::1111', '::ffff:8.8.8.8'])('allows %s', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('resolves literal addresses without DNS', async () => {
    await expect(privateAddressesOf('127.0.0.1')).resolves.toEqual(['127.0.0.1']);
    await expect(privateAddressesOf('[::1]')).resolves.toEqual(['::1']);
  });
});
