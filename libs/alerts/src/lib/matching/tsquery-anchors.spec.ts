import { anchorLexemes } from './tsquery-anchors';

describe('anchorLexemes', () => {
  it('takes one lexeme of a conjunction, preferring the longest', () => {
    expect(anchorLexemes("'fair' & 'use'")).toEqual(['fair']);
    expect(anchorLexemes("'use' & 'copyright'")).toEqual(['copyright']);
  });

  it('takes every branch of a disjunction', () => {
    expect(anchorLexemes("'openai' | 'anthrop'")).toEqual(['anthrop', 'openai']);
    expect(anchorLexemes("'fair' & ( 'train' | 'model' )")).toEqual(['fair']);
    expect(anchorLexemes("( 'train' | 'model' ) & ( 'a' | 'b' | 'c' )")).toEqual(['model', 'train']);
  });

  it('treats a phrase like a conjunction', () => {
    expect(anchorLexemes("'motion' <-> 'dismiss'")).toEqual(['dismiss']);
    expect(anchorLexemes("'summari' <2> 'judgment'")).toEqual(['judgment']);
  });

  it('never anchors on a negated word', () => {
    expect(anchorLexemes("'copyright' & !'trademark'")).toEqual(['copyright']);
    expect(anchorLexemes("!'trademark'")).toBeNull();
    expect(anchorLexemes("'copyright' | !'trademark'")).toBeNull();
  });

  it('reads quoted quotes and gives null for an empty query', () => {
    expect(anchorLexemes("'o''brien'")).toEqual(["o'brien"]);
    expect(anchorLexemes('')).toBeNull();
  });

  it('rejects malformed input loudly', () => {
    expect(() => anchorLexemes("'a' & ( 'b'")).toThrow('unbalanced');
  });
});
