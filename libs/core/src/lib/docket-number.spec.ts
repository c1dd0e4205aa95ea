import { docketNumberCore, normalizeDocketNumber, parseDocketNumber } from './docket-number';

describe('parseDocketNumber', () => {
  it.each([
    ['1:23-cv-11195 (SHS) (OTW)', '1:23-cv-11195', ['SHS', 'OTW']],
    ['3:24-cv-05417-WHA', '3:24-cv-05417', ['WHA']],
    ['Case 3:24-cv-05417-WHA', '3:24-cv-05417', ['WHA']],
    ['1:25-md-03143-SHS-OTW', '1:25-md-03143', ['SHS', 'OTW']],
    ['No. 23-cv-11195', '23-cv-11195', []],
    ['2:25-cv-5275', '2:25-cv-05275', []],
  ])('normalises %s', (input, normalized, judges) => {
    const sut = parseDocketNumber(input);
    expect(sut?.normalized).toBe(normalized);
    expect(sut?.judgeInitials).toEqual(judges);
  });

  it('leaves foreign numbers as written', () => {
    expect(parseDocketNumber('42 O 14139/24')).toBeNull();
    expect(normalizeDocketNumber(' IL-2023-000007 ')).toBe('IL-2023-000007');
  });

  it('matches numbers with and without the office prefix', () => {
    expect(docketNumberCore('1:23-cv-11195-SHS')).toBe(docketNumberCore('23-cv-11195'));
  });
});
