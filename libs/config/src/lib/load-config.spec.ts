import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('gives the embedded defaults for an empty environment', () => {
    const sut = loadConfig({}, '/srv/casetrail');
    expect(sut.databaseUrl).toBeNull();
    expect(sut.dataDir).toBe('/srv/casetrail/.casetrail');
    expect(sut.blobDir).toBe('/srv/casetrail/.casetrail/blobs');
    expect(sut.port).toBe(3000);
    expect(sut.meili).toBeNull();
    expect(sut.publicRead).toBe(true);
    expect(sut.upload.maxBytes).toBe(100 * 1024 * 1024);
    expect(sut.allowPrivateTargets).toBe(false);
    expect(sut.tos).toEqual({ pollIntervalSeconds: 12 * 3600, fetchTimeoutMs: 20_000, maxBytes: 5 * 1024 * 1024 });
  });

  it('reads the terms-of-service tracking bounds and rejects a polling interval under a minute', () => {
    const sut = loadConfig({
      CASETRAIL_TOS_POLL_INTERVAL_SECONDS: '3600',
      CASETRAIL_TOS_FETCH_TIMEOUT_MS: '5000',
      CASETRAIL_TOS_MAX_BYTES: '65536',
    });
    expect(sut.tos).toEqual({ pollIntervalSeconds: 3600, fetchTimeoutMs: 5000, maxBytes: 65536 });
    expect(() => loadConfig({ CASETRAIL_TOS_POLL_INTERVAL_SECONDS: '5' })).toThrow(
      /CASETRAIL_TOS_POLL_INTERVAL_SECONDS/,
    );
  });

  it('reads the CourtListener settings and refuses a short webhook secret or a bad allowlist', () => {
    expect(loadConfig({}).courtListener).toMatchObject({
      token: null,
      baseUrl: 'https://www.courtlistener.com',
      storageUrl: 'https://storage.courtlistener.com',
      webhookSecret: null,
      webhookAllowlist: [],
    });
    const sut = loadConfig({
      COURTLISTENER_TOKEN: 'abc123',
      COURTLISTENER_BASE_URL: 'http://127.0.0.1:8080/',
      COURTLISTENER_HOURLY_BUDGET: '500',
      COURTLISTENER_SYNC_INTERVAL_SECONDS: '600',
      COURTLISTENER_WEBHOOK_SECRET: 'x'.repeat(32),
      COURTLISTENER_WEBHOOK_ALLOWLIST: '34.210.230.218, 2001:db8::1',
    }).courtListener;
    expect(sut).toMatchObject({
      token: 'abc123',
      baseUrl: 'http://127.0.0.1:8080',
      hourlyBudget: 500,
      syncIntervalSeconds: 600,
      webhookSecret: 'x'.repeat(32),
      webhookAllowlist: ['34.210.230.218', '2001:db8::1'],
    });
    expect(() => loadConfig({ COURTLISTENER_WEBHOOK_SECRET: 'short' })).toThrow(/COURTLISTENER_WEBHOOK_SECRET/);
    expect(() => loadConfig({ COURTLISTENER_WEBHOOK_ALLOWLIST: 'courtlistener.com' })).toThrow(
      /COURTLISTENER_WEBHOOK_ALLOWLIST/,
    );
    expect(() => loadConfig({ COURTLISTENER_HOURLY_BUDGET: '0' })).toThrow(/COURTLISTENER_HOURLY_BUDGET/);
  });

  it('reads the documented variables', () => {
    const sut = loadConfig(
      {
        DATABASE_URL: 'postgres://u:p@db:5432/casetrail',
        CASETRAIL_DATA_DIR: '/data',
        PORT: '8080',
        MEILI_URL: 'http://meili:7700',
        MEILI_MASTER_KEY: 'k',
        LOG_LEVEL: 'debug',
        CASETRAIL_PUBLIC_READ: 'false',
      },
      '/',
    );
    expect(sut).toMatchObject({
      databaseUrl: 'postgres://u:p@db:5432/casetrail',
      dataDir: '/data',
      port: 8080,
      meili: { url: 'http://meili:7700', masterKey: 'k', indexUid: 'casetrail' },
      logLevel: 'debug',
      publicRead: false,
    });
  });

  it('names every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud', CASETRAIL_PUBLIC_READ: 'maybe' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'CASETRAIL_PUBLIC_READ']) {
      expect(message).toContain(name);
    }
  });

  it('reads the RSS feeds to poll as court=url pairs, with the poller defaults', () => {
    const sut = loadConfig({
      CASETRAIL_RSS_FEEDS:
        'nysd=https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl, CAND=https://ecf.cand.uscourts.gov/rss?a=1&b=2',
    });
    expect(sut.pacer.rss.feeds).toEqual([
      { court: 'nysd', url: 'https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl' },
      { court: 'cand', url: 'https://ecf.cand.uscourts.gov/rss?a=1&b=2' },
    ]);
    expect(sut.pacer.rss.intervalSeconds).toBe(900);
    expect(sut.pacer.rss.trackedCasesOnly).toBe(false);
    expect(loadConfig({}).pacer.rss.feeds).toEqual([]);
  });

  it('names a malformed feed and a too-short interval', () => {
    expect(() => loadConfig({ CASETRAIL_RSS_FEEDS: 'nysd', CASETRAIL_RSS_INTERVAL_SECONDS: '1' })).toThrow(
      /CASETRAIL_RSS_FEEDS[\s\S]*CASETRAIL_RSS_INTERVAL_SECONDS/,
    );
    expect(() => loadConfig({ CASETRAIL_RSS_FEEDS: 'nysd=ftp://x' })).toThrow(/not an http\(s\) URL/);
  });

  it('gives alert retries that span at least 48 hours by default, and reads a custom schedule', () => {
    const defaults = loadConfig({}).alerts;
    expect(defaults.retryScheduleMs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(48 * 3600 * 1000);
    expect(defaults.timeoutMs).toBe(5000);
    expect(defaults.smtpUrl).toBeNull();
    const custom = loadConfig({
      CASETRAIL_ALERT_RETRY_SCHEDULE: '500ms, 2s,1m',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    }).alerts;
    expect(custom.retryScheduleMs).toEqual([500, 2000, 60_000]);
    expect(custom.smtpUrl).toBe('smtp://127.0.0.1:2525');
  });

  it('names a bad retry schedule, SMTP URL and a lease shorter than the timeout', () => {
    expect(() =>
      loadConfig({
        CASETRAIL_ALERT_RETRY_SCHEDULE: '10s,soon',
        SMTP_URL: 'http://mail',
        CASETRAIL_ALERT_LEASE_SECONDS: '2',
      }),
    ).toThrow(/SMTP_URL[\s\S]*CASETRAIL_ALERT_RETRY_SCHEDULE[\s\S]*CASETRAIL_ALERT_LEASE_SECONDS/);
  });

  it('trusts no proxy by default and reads a list of proxies', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ CASETRAIL_TRUST_PROXY: 'off' }).trustProxy).toBe(false);
    expect(loadConfig({ CASETRAIL_TRUST_PROXY: 'loopback, 10.0.0.0/8, fd00::1' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::1',
    ]);
    expect(loadConfig({}).rateLimit.maxAuthFailures).toBe(20);
    expect(loadConfig({ CASETRAIL_AUTH_FAILURE_MAX: '5' }).rateLimit.maxAuthFailures).toBe(5);
  });

  it.each(['true', '*', '10.0.0.0/33', 'example.com', '127.0.0.1/8/1'])(
    'refuses CASETRAIL_TRUST_PROXY=%j that would trust any client or is not an address',
    (value) => {
      expect(() => loadConfig({ CASETRAIL_TRUST_PROXY: value })).toThrow('CASETRAIL_TRUST_PROXY');
    },
  );
});
