import { parseMoment } from './moments';

describe('parseMoment', () => {
  it('reads a date as the end of that day, UTC', () => {
    expect(parseMoment('2025-06-01')?.toISOString()).toBe('2025-06-01T23:59:59.999Z');
  });

  it('reads a date and time with its zone', () => {
    expect(parseMoment('2025-06-01T12:00:00+02:00')?.toISOString()).toBe('2025-06-01T10:00:00.000Z');
    expect(parseMoment('2025-06-01T12:00Z')?.toISOString()).toBe('2025-06-01T12:00:00.000Z');
  });

  it.each(['2025-02-30', '2025-13-01', 'yesterday', '2025-06-01T12:00:00', '', '1 June 2025'])(
    'rejects %s',
    (value) => {
      expect(parseMoment(value)).toBeNull();
    },
  );
});
