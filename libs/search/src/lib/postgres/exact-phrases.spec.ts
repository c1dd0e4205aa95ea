import { requiredPhrases } from './exact-phrases';

describe('quoted phrases checked against the page text', () => {
  it('takes the positive quoted phrases of two words or more, split into words', () => {
    expect(requiredPhrases('"through them in just a second if" copyright')).toEqual([
      ['through', 'them', 'in', 'just', 'a', 'second', 'if'],
    ]);
    expect(requiredPhrases('"reading and writing. Claude can do so" -"fair use" "one"')).toEqual([
      ['reading', 'and', 'writing', 'Claude', 'can', 'do', 'so'],
    ]);
  });

  it('leaves queries with OR to the tsquery, but not an "or" inside quotes', () => {
    expect(requiredPhrases('"in just a second" OR minute')).toEqual([]);
    expect(requiredPhrases('"to be or not to be" hamlet')).toEqual([['to', 'be', 'or', 'not', 'to', 'be']]);
  });
});
