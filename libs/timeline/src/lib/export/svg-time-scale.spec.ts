import { TimeScale } from './svg-time-scale';

const t = (d: string) => Date.parse(`${d}T00:00:00Z`);

describe('TimeScale', () => {
  it('maps the padded range linearly onto the plot', () => {
    const s = new TimeScale(t('2024-01-01'), t('2024-12-31'), 100, 1100);
    expect(s.start).toBeLessThan(t('2024-01-01'));
    expect(s.end).toBeGreaterThan(t('2024-12-31'));
    expect(s.x(s.start)).toBe(100);
    expect(s.x(s.end)).toBe(1100);
    expect(s.x(t('2024-07-01'))).toBeGreaterThan(s.x(t('2024-06-30')));
  });

  it('picks month ticks for a year-long span, labelling January with its year', () => {
    const ticks = new TimeScale(t('2024-01-10'), t('2025-01-20'), 0, 1000).ticks(80);
    const labels = ticks.map((k) => k.label);
    expect(labels).toContain('Jan 2025');
    expect(ticks.every((k) => new Date(k.t).getUTCDate() === 1)).toBe(true);
    expect(ticks.length).toBeLessThanOrEqual(1000 / 80);
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    expect(ticks.filter((k) => k.major).map((k) => k.label)[0]).toMatch(/ 20(23|24)$/);
  });

  it('picks year ticks for long spans and day ticks for a single day', () => {
    const years = new TimeScale(t('1994-03-01'), t('2025-10-01'), 0, 900).ticks(80).map((k) => k.label);
    expect(years.every((l) => /^\d{4}$/.test(l))).toBe(true);
    expect(years.map(Number).every((y, i, a) => i === 0 || y - a[i - 1] === a[1] - a[0])).toBe(true);
    const days = new TimeScale(t('2025-03-05'), t('2025-03-05'), 0, 1000).ticks(80);
    expect(days.length).toBeGreaterThan(2);
    expect(days[0].t).toBeGreaterThanOrEqual(new TimeScale(t('2025-03-05'), t('2025-03-05'), 0, 1000).start);
  });
});
