import { redactQuerySecrets, redactUrl } from './redact';

describe('redaction for logs', () => {
  it.each([
    ['/api/v1/cases?key=ct_secret', '/api/v1/cases?key=***'],
    ['/api/v1/cases?limit=2&api_key=ct_secret&q=x', '/api/v1/cases?limit=2&api_key=***&q=x'],
    ['/api/v1/subscriptions/1/feed.atom?token=feed_abc', '/api/v1/subscriptions/1/feed.atom?token=***'],
    ['/x?ACCESS_TOKEN=a&Token=b', '/x?ACCESS_TOKEN=***&Token=***'],
    ['/x?%74oken=encoded', '/x?%74oken=***'],
    ['/x?q=token%3Dnot-a-parameter', '/x?q=token%3Dnot-a-parameter'],
    ['/x?tokens=kept&keys=kept', '/x?tokens=kept&keys=kept'],
    ['/x?token=a#frag', '/x?token=***#frag'],
    ['/x', '/x'],
  ])('%s → %s', (url, expected) => {
    expect(redactQuerySecrets(url)).toBe(expected);
  });

  it('hides the password of a connection URL', () => {
    expect(redactUrl('postgres://u:pw@localhost:5432/db')).toBe('postgres://u:***@localhost:5432/db');
    expect(redactUrl('not a url')).toBe('***');
    expect(redactUrl('https://hooks.example/x?token=abc&v=1')).toBe('https://hooks.example/x?token=***&v=1');
  });
});
