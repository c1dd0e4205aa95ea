import { createHmac } from 'node:crypto';
import { signatureHeader, verifySignature } from './signature';

describe('webhook signatures', () => {
  const body = '{"id":"d1","type":"document.created"}';

  it('signs "<t>.<raw body>" with HMAC-SHA256 in hex', () => {
    const header = signatureHeader(['whsec_a'], 1_700_000_000, body);
    const expected = createHmac('sha256', 'whsec_a').update(`1700000000.${body}`).digest('hex');
    expect(header).toBe(`t=1700000000,v1=${expected}`);
  });

  it('verifies with the right secret within the tolerance, and only then', () => {
    const header = signatureHeader(['whsec_a'], 1_700_000_000, body);
    expect(verifySignature(header, body, 'whsec_a', { nowSeconds: 1_700_000_100 })).toBe(true);
    expect(verifySignature(header, body, 'whsec_b', { nowSeconds: 1_700_000_100 })).toBe(false);
    expect(verifySignature(header, `${body} `, 'whsec_a', { nowSeconds: 1_700_000_100 })).toBe(false);
    expect(verifySignature(header, body, 'whsec_a', { nowSeconds: 1_700_001_000 })).toBe(false);
  });

  it('carries one v1 per secret during a rotation, each verifiable', () => {
    const header = signatureHeader(['whsec_new', 'whsec_old'], 1_700_000_000, body);
    expect(header.split(',').filter((p) => p.startsWith('v1='))).toHaveLength(2);
    expect(verifySignature(header, body, 'whsec_new', { nowSeconds: 1_700_000_000 })).toBe(true);
    expect(verifySignature(header, body, 'whsec_old', { nowSeconds: 1_700_000_000 })).toBe(true);
  });
});
