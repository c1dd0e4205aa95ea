import { UsageError } from '../cli-errors';
import { formatSummary, parseInterval } from './tos.command';

describe('tos command helpers', () => {
  it.each([
    ['12h', 43_200],
    ['30m', 1800],
    ['1d', 86_400],
    ['3600', 3600],
  ])('reads the interval %s as %i seconds', (value, seconds) => expect(parseInterval(value)).toBe(seconds));

  it.each(['10s', '0', 'soon', '31d'])('rejects the interval %s', (value) => {
    expect(() => parseInterval(value)).toThrow(UsageError);
  });

  it('summarises an import', () => {
    const text = formatSummary({
      documents: 2,
      snapshots: 10,
      versionsStored: 4,
      skippedAsNoise: 5,
      skippedErrorPages: 1,
      skippedNoClauseChange: 0,
      skippedEmpty: 0,
      alreadyImported: 0,
      rejected: 0,
      lineageConflicts: ['A/B'],
      perDocument: [],
      elapsedMs: 1500,
    });
    expect(text).toContain('imported 10 snapshots of 2 documents in 1.5 s');
    expect(text).toMatch(/versions stored: +4/);
    expect(text).toMatch(/skipped as noise: +5/);
    expect(text).toContain('warning: A/B already has versions');
  });
});
