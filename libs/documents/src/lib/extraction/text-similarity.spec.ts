import { multisetF1, textSimilarity, tokenF1 } from './text-similarity';

describe('textSimilarity', () => {
  const text = 'An artificial intelligence firm downloaded for free millions of copyrighted books.';

  it('is 1 for the same text, whatever the whitespace, quotes or ligatures', () => {
    expect(textSimilarity(text, text)).toBe(1);
    expect(textSimilarity('the “fair use” ﬁnding', 'the  "fair\tuse"\n finding ')).toBe(1);
    // pypdf splits words at kerning gaps; that is not a difference in content.
    expect(textSimilarity('mimicking human reading', 'mimic king human read ing')).toBe(1);
  });

  it('is 0 for texts with nothing in common, and 1 for two empty texts', () => {
    expect(textSimilarity('abcdef', 'uvwxyz')).toBe(0);
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('abc', '')).toBe(0);
  });

  it('drops with every changed character, about three trigrams each', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz';
    // 24 trigrams; changing "m" changes the three that contain it.
    expect(textSimilarity(alphabet, alphabet.replace('m', 'M'))).toBeCloseTo(21 / 24, 10);
    expect(textSimilarity(text, text.replace('books', 'bookz'))).toBeLessThan(1);
    expect(textSimilarity(text, text.slice(0, 40))).toBeLessThan(0.7);
  });

  it('hardly moves when a block (a page stamp) is read first instead of last', () => {
    const stamp = 'Case 3:24-cv-05417-WHA Document 231 Filed 06/23/25 Page 1 of 32';
    expect(textSimilarity(`${text}\n${stamp}`, `${stamp}\n${text}`)).toBeGreaterThan(0.97);
  });

  it('compares very short texts whole', () => {
    expect(textSimilarity('a', 'a')).toBe(1);
    expect(textSimilarity('ab', 'ba')).toBe(0);
  });
});

describe('tokenF1', () => {
  it('counts word splits that textSimilarity forgives', () => {
    expect(tokenF1('mimicking human', 'mimic king human')).toBeCloseTo(0.4, 5);
    expect(tokenF1('a b c', 'c b a')).toBe(1);
  });
});

describe('multisetF1', () => {
  it('counts repeated items as often as both sides have them', () => {
    expect(multisetF1(['a', 'a', 'b'], ['a', 'b', 'b'])).toBeCloseTo((2 * 2) / 6, 10);
  });
});
