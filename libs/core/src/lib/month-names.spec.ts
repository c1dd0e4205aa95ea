import { monthNumber } from './month-names';

describe('monthNumber', () => {
  it('reads full names, three-letter abbreviations and dotted forms in any case', () => {
    const full = 'January February March April May June July August September October November December'.split(' ');
    expect(full.map(monthNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(full.map((m) => monthNumber(m.slice(0, 3).toUpperCase()))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(['Sept.', 'sept', 'Jun.', 'dec.', 'jUlY'].map(monthNumber)).toEqual([9, 9, 6, 12, 7]);
  });

  it('reads only the first three letters, as the three parsers it replaces did', () => {
    // Each caller matches the word with its own pattern first ("Febxyz" never reaches it from a date regex).
    expect(monthNumber('Febxyz')).toBe(2);
    expect(monthNumber('Mayday')).toBe(5);
  });

  it('gives null for words that start no month and for nothing', () => {
    expect(['', '.', 'Foo', 'Jux', 'Smarch', '12', 'ene', 'mär'].map(monthNumber)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
