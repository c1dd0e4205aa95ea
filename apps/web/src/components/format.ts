const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** `2025-06-23` or an ISO time as "23 Jun 2025" (UTC, as the courts' dates are). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return 'date unknown';
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(date.getTime()) ? value : dateFormat.format(date);
}

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dateTimeFormat.format(date);
}

export function formatEpochDate(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? '' : dateFormat.format(new Date(seconds * 1000));
}

/** `amended_complaint` → "amended complaint". */
export function humanize(value: string | null | undefined): string {
  return (value ?? '').replace(/[_:.]+/g, ' ').trim();
}

/** The API's slug for a ToS service or document type name ("Commercial Terms" → "commercial-terms"). */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? word : many}`;
}
