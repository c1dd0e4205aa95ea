import { DAY_MS } from './iso-date';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface Tick {
  t: number;
  label: string;
  major: boolean;
}

type Step = { unit: 'day' | 'month' | 'year'; n: number };
const STEPS: Step[] = [
  { unit: 'day', n: 1 },
  { unit: 'day', n: 7 },
  { unit: 'month', n: 1 },
  { unit: 'month', n: 2 },
  { unit: 'month', n: 3 },
  { unit: 'month', n: 6 },
  { unit: 'year', n: 1 },
  { unit: 'year', n: 2 },
  { unit: 'year', n: 5 },
  { unit: 'year', n: 10 },
  { unit: 'year', n: 25 },
  { unit: 'year', n: 50 },
  { unit: 'year', n: 100 },
];
const APPROX_DAYS = { day: 1, month: 30.44, year: 365.25 } as const;

export function shortDate(t: number): string {
  const d = new Date(t);
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

/** Linear date → x mapping over [start, end] (UTC ms), padded so markers do not sit on the edges. */
export class TimeScale {
  readonly start: number;
  readonly end: number;

  constructor(
    minT: number,
    maxT: number,
    readonly x0: number,
    readonly x1: number,
  ) {
    const span = Math.max(maxT - minT, 30 * DAY_MS);
    const pad = Math.max(span * 0.03, 7 * DAY_MS);
    const mid = (minT + maxT) / 2;
    this.start = Math.min(minT, mid - span / 2) - pad;
    this.end = Math.max(maxT, mid + span / 2) + pad;
  }

  x(t: number): number {
    return this.x0 + ((t - this.start) / (this.end - this.start)) * (this.x1 - this.x0);
  }

  /** Ticks on calendar boundaries, at most about one per minSpacing px. */
  ticks(minSpacing = 80): Tick[] {
    const maxTicks = Math.max(2, Math.floor((this.x1 - this.x0) / minSpacing));
    const spanDays = (this.end - this.start) / DAY_MS;
    const step = STEPS.find((s) => spanDays / (APPROX_DAYS[s.unit] * s.n) <= maxTicks) ?? STEPS[STEPS.length - 1];
    const ticks: Tick[] = [];
    let t = firstBoundary(this.start, step);
    let previousYear = -1;
    while (t <= this.end) {
      const d = new Date(t);
      const year = d.getUTCFullYear();
      const month = d.getUTCMonth();
      let label: string;
      let major: boolean;
      if (step.unit === 'year') {
        label = String(year);
        major = true;
      } else if (step.unit === 'month') {
        major = month === 0 || previousYear === -1;
        label = major ? `${MONTHS[month]} ${year}` : MONTHS[month];
      } else {
        major = d.getUTCDate() <= step.n || previousYear === -1;
        label = `${MONTHS[month]} ${d.getUTCDate()}${previousYear !== year ? `, ${year}` : ''}`;
      }
      previousYear = year;
      ticks.push({ t, label, major });
      t = advance(t, step);
    }
    return ticks;
  }
}

function firstBoundary(t: number, step: Step): number {
  const d = new Date(t);
  if (step.unit === 'day') {
    const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    if (step.n === 1) return day < t ? day + DAY_MS : day;
    // Weekly ticks on Mondays.
    const offset = (8 - new Date(day).getUTCDay()) % 7;
    const monday = day + offset * DAY_MS;
    return monday < t ? monday + 7 * DAY_MS : monday;
  }
  if (step.unit === 'month') {
    let m = d.getUTCFullYear() * 12 + d.getUTCMonth();
    m = Math.ceil(m / step.n) * step.n;
    let b = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (b < t) b = Date.UTC(Math.floor((m + step.n) / 12), (m + step.n) % 12, 1);
    return b;
  }
  let y = Math.ceil(d.getUTCFullYear() / step.n) * step.n;
  if (Date.UTC(y, 0, 1) < t) y += step.n;
  return Date.UTC(y, 0, 1);
}

function advance(t: number, step: Step): number {
  const d = new Date(t);
  if (step.unit === 'day') return t + step.n * DAY_MS;
  if (step.unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step.n, 1);
  return Date.UTC(d.getUTCFullYear() + step.n, 0, 1);
}
