import { NetError, NetErrorCode } from './net-error';
import { assertPublicTarget, HostResolver } from './public-target';

async function refusal(url: string, resolve?: HostResolver): Promise<NetError> {
  const error = await assertPublicTarget(url, { allowPrivate: false, resolve }).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof NetError)) throw new Error(`expected ${url} to be refused, got ${String(error)}`);
  return error;
}

describe('assertPublicTarget', () => {
  it.each([
    'http://127.0.0.1:8080/hook',
    'http://10.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://[::ffff:10.0.0.1]/',
    'http://[::127.0.0.1]/',
    'http://[2002:7f00:1::1]/',
    'http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/',
    'http://[64:ff9b::127.0.0.1]/',
  ])('refuses %s when private targets are not allowed', async (url) => {
    expect((await refusal(url)).code).toBe(NetErrorCode.TargetNotAllowed);
  });

  it('refuses a decimal-encoded loopback address (the URL parser normalises it)', async () => {
    expect((await refusal('http://2130706433/')).details['address']).toBe('127.0.0.1');
  });

  it('refuses a name when any one of its addresses is private', async () => {
    const resolve: HostResolver = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.1.2.3', family: 4 },
    ];
    const error = await refusal('https://hooks.example.test/x', resolve);
    expect(error.details).toMatchObject({ host: 'hooks.example.test', address: '10.1.2.3' });
  });

  it('refuses localhost through real DNS resolution', async () => {
    expect((await refusal('http://localhost:9/')).code).toBe(NetErrorCode.TargetNotAllowed);
  });

  it('accepts a public name and returns every checked address', async () => {
    const resolve: HostResolver = async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
    ];
    const target = await assertPublicTarget('https://hooks.example.test/x', { allowPrivate: false, resolve });
    expect(target.addresses.map((a) => a.address)).toEqual(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c']);
  });

  it('accepts private targets when they are allowed', async () => {
    await expect(assertPublicTarget('http://127.0.0.1:1/', { allowPrivate: true })).resolves.toMatchObject({
      hostname: '127.0.0.1',
    });
  });

  it('rejects other schemes and garbage', async () => {
    expect((await refusal('ftp://example.com/')).code).toBe(NetErrorCode.InvalidUrl);
    expect((await refusal('file:///etc/passwd')).code).toBe(NetErrorCode.InvalidUrl);
    expect((await refusal('not a url')).code).toBe(NetErrorCode.InvalidUrl);
  });

  it('reports a name that does not resolve', async () => {
    const resolve: HostResolver = async () => {
      throw new Error('ENOTFOUND');
    };
    expect((await refusal('https://nowhere.example.test/', resolve)).code).toBe(NetErrorCode.DnsLookupFailed);
  });
});
