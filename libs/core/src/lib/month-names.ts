const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * The month (1–12) an English month name or abbreviation stands for, read from its first three
 * letters, case-insensitively, a dot ignored: "Jan", "january", "Sept.", "SEP" → 1, 1, 9, 9. Callers
 * match the word with their own pattern first; null when the letters start no month's name.
 */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  if (key.length === 0) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(key));
  return index < 0 ? null : index + 1;
}
