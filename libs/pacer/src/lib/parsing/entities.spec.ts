import { decodeEntities } from './entities';

describe('decodeEntities', () => {
  it('decodes numeric and common named references', () => {
    expect(decodeEntities('Gorg &amp; Smith')).toBe('Gorg & Smith');
    expect(decodeEntities('&#x3C;a href=&#x27;x&#x27;&#x3E;')).toBe("<a href='x'>");
    expect(decodeEntities('O&#39;Donnell&nbsp;')).toBe("O'Donnell\u00a0");
  });

  it('decodes rarer named references and leaves plain text alone', () => {
    expect(decodeEntities('Caf&eacute; &sect; 2')).toBe('Café § 2');
    expect(decodeEntities('a < b & c')).toBe('a < b & c');
  });
});
