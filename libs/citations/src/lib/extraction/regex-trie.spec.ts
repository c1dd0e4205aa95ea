import { buildTrieAlternation } from './regex-trie';

describe('buildTrieAlternation', () => {
  const re = new RegExp(
    `^(?:${buildTrieAlternation(['F. Supp.', 'F. Supp. 2d', 'F.3d', 'N.Y.3d', 'F Supp 2d', 'IL App (4th)'])})$`,
  );

  it.each([
    'F. Supp.',
    'F.Supp.',
    'F. Supp. 2d',
    'F.Supp.2d',
    'F Supp 2d',
    'F.3d',
    'N. Y. 3d',
    'N.Y.3d',
    'IL App (4th)',
    'F. Supp.\n2d',
  ])('matches %j', (s) => expect(re.test(s)).toBe(true));

  it.each(['F.', 'F. Sup.', 'F.4d', 'IL App(5th)', 'f.3d'])('does not match %j', (s) => expect(re.test(s)).toBe(false));

  it('never matches when given nothing', () => {
    expect(new RegExp(buildTrieAlternation([])).test('anything')).toBe(false);
  });
});
