import { parseCourtDate, parseFeedTimestamp } from './dates';

describe('parseCourtDate', () => {
  it('reads US numeric dates as ISO dates', () => {
    expect(parseCourtDate('12/23/2008')).toBe('2008-12-23');
    expect(parseCourtDate(' 1/5/2017 ')).toBe('2017-01-05');
    expect(parseCourtDate('(03/30/2018)')).toBe('2018-03-30');
    expect(parseCourtDate('12-23-2008')).toBe('2008-12-23');
    expect(parseCourtDate('2008-12-23')).toBe('2008-12-23');
  });

  it('puts two-digit years within fifty years of today', () => {
    expect(parseCourtDate('12/30/08')).toBe('2008-12-30');
    expect(parseCourtDate('01/02/98')).toBe('1998-01-02');
  });

  it('gives null for N/A, blanks and impossible dates', () => {
    expect(parseCourtDate('N/A')).toBeNull();
    expect(parseCourtDate('')).toBeNull();
    expect(parseCourtDate('02/30/2020')).toBeNull();
    expect(parseCourtDate('12/13/219')).toBeNull();
  });
});

describe('parseFeedTimestamp', () => {
  it('keeps GMT and numeric offsets', () => {
    expect(parseFeedTimestamp('Wed, 18 Apr 2018 00:09:55 GMT')).toBe('2018-04-18T00:09:55+00:00');
    expect(parseFeedTimestamp('Wed, 18 Apr 2018 00:09:55 -0500')).toBe('2018-04-18T00:09:55-05:00');
  });

  it('applies the US zone in force on that date', () => {
    expect(parseFeedTimestamp('Fri, 03 Feb 2023 09:56:28 EST')).toBe('2023-02-03T09:56:28-05:00');
    expect(parseFeedTimestamp('Fri, 03 Feb 2023 09:56:28 MST')).toBe('2023-02-03T09:56:28-07:00');
    expect(parseFeedTimestamp('Mon, 03 Jul 2023 09:56:28 PDT')).toBe('2023-07-03T09:56:28-07:00');
    expect(parseFeedTimestamp('Mon, 03 Jul 2023 09:56:28 EST')).toBe('2023-07-03T09:56:28-04:00');
    expect(parseFeedTimestamp('Mon, 03 Jul 2023 09:56:28 HST')).toBe('2023-07-03T09:56:28-10:00');
  });

  it('gives null for unknown zones and malformed dates', () => {
    expect(parseFeedTimestamp('Fri, 03 Feb 2023 09:56:28 XYZ')).toBeNull();
    expect(parseFeedTimestamp('yesterday')).toBeNull();
    expect(parseFeedTimestamp('Fri, 31 Feb 2023 09:56:28 GMT')).toBeNull();
  });
});
