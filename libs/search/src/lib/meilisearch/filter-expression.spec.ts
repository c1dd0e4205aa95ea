import { buildFilter, quoteFilterValue } from './filter-expression';

describe('Meilisearch filter expressions', () => {
  it('quotes values so that they cannot close the string', () => {
    expect(quoteFilterValue('nysd')).toBe('"nysd"');
    expect(quoteFilterValue('a" OR kind = "case')).toBe('"a\\" OR kind = \\"case"');
    expect(quoteFilterValue('trailing\\')).toBe('"trailing\\\\"');
  });

  it('builds one clause per filter, dates as integers', () => {
    expect(buildFilter({ court: 'cand', party: 'OpenAI, Inc.', filedFrom: 1700000000.7 })).toEqual([
      'court = "cand"',
      'parties = "OpenAI, Inc."',
      'filedAt >= 1700000000',
    ]);
  });
});
