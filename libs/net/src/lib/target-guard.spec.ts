import { NetError, NetErrorCode } from './net-error';
import { ResolvedAddress, vetTarget } from './target-guard';

const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return error instanceof NetError ? error.code : String(error);
  }
};

const fixedResolver = (addresses: ResolvedAddress[]) => async () => addresses;

describe('vetTarget (the SSRF guard)', () => {
  const refuse = { allowPrivateTargets: false };

  it.each(['http://127.0.0.1/', 'http://10.0.0.1/x', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:8080/', 'http://0x7f000001/'])(
    'refuses %s when private targets are not allowed',
    async (url) => {
      expect(await codeOf(vetTarget(url, refuse))).toBe(NetErrorCode.TargetForbidden);
    },
  );

  it('resolves names and refuses them when any of their addresses is private', async () => {
    expect(await codeOf(vetTarget('http://localhost:3000/', refuse))).toBe(NetErrorCode.TargetForbidden);
    const mixed = fixedResolver([{ address: '93.184.215.14', family: 4 }, { address: '10.1.2.3', family: 4 }]);
    expect(await codeOf(vetTarget('https://example.test/terms', refuse, mixed))).toBe(NetErrorCode.TargetForbidden);
    const publicOnly = fixedResolver([{ address: '93.184.215.14', family: 4 }, { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 }]);
    const vetted = await vetTarget('https://example.test/terms', refuse, publicOnly);
    expect(vetted.addresses).toHaveLength(2);
  });

  it('lets private targets through when they are allowed', async () => {
    const vetted = await vetTarget('http://127.0.0.1:9/', { allowPrivateTargets: true });
    expect(vetted.addresses).toEqual([{ address: '127.0.0.1', family: 4 }]);
  });

  it.each(['ftp://example.com/x', 'file:///etc/passwd', 'not a url', 'http://user:secret@example.com/'])('rejects %s as a URL', async (url) => {
    expect(await codeOf(vetTarget(url, { allowPrivateTargets: true }))).toBe(NetErrorCode.InvalidUrl);
  });

  it('reports a name that does not resolve', async () => {
    const none = async (): Promise<ResolvedAddress[]> => {
      throw new Error('ENOTFOUND');
    };
    expect(await codeOf(vetTarget('https://nowhere.invalid/', refuse, none))).toBe(NetErrorCode.HostNotFound);
  });
});
