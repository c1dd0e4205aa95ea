import { isUuid } from './uuid';

describe('isUuid', () => {
  it.each(['0b9f6a2e-5a51-4f0e-9d0c-3b1f8e2f4a10', '0B9F6A2E-5A51-4F0E-9D0C-3B1F8E2F4A10'])('accepts %s', (value) => {
    expect(isUuid(value)).toBe(true);
  });

  it.each([
    'x',
    '',
    // 36 characters of hex and dashes, but not 8-4-4-4-12: the old `/^[0-9a-f-]{36}$/` check let it through.
    '------------------------------------',
    '0b9f6a2e5a514f0e9d0c3b1f8e2f4a10',
    '0b9f6a2e-5a51-4f0e-9d0c-3b1f8e2f4a10 ',
    'nyt-v-microsoft',
  ])('rejects %j', (value) => {
    expect(isUuid(value)).toBe(false);
  });
});
