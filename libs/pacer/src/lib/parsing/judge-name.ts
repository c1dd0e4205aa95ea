import { titlecase } from './titlecase';

// Words of a judge's title, dropped from the name.
const TITLE_WORDS = new Set([
  'judge',
  'magistrate',
  'district',
  'chief',
  'senior',
  'bankruptcy',
  'mag',
  'mag.',
  'magistrate-judge',
  'mag/judge',
  'visiting',
  'special',
  'senior-judge',
  'master',
  'u.s.magistrate',
]);

// Honorifics and placeholders that PACER puts where a judge's name would be.
const NOT_A_NAME = new Set([
  'hon',
  'honorable',
  'unassigned',
  'unknown',
  'none',
  'no',
  'duty',
  'clerk',
  'general',
  'docket',
  'pro',
  'se',
  'mediator',
  'discovery',
  'inactive',
  'merged',
  'successor',
  'us',
  'usdc',
  'u.s.',
  'mj',
  'dj',
]);

function isNoise(word: string): boolean {
  if (/[()]/.test(word) || /^[-~]/.test(word)) return true;
  if (NOT_A_NAME.has(word)) return true;
  // Court abbreviations such as "u.s." or "hon." (but not "jr.").
  return word.length > 2 && word.includes('.') && word !== 'jr.' && word !== 'sr.';
}

/** "Chief Judge William F. Kuntz, II" → "William F. Kuntz II". */
export function normalizeJudgeName(raw: string): string {
  const words = raw.replace(/,/g, '').toLowerCase().split(/\s+/).filter(Boolean);
  const nameWords = words.filter((w) => !isNoise(w) && !TITLE_WORDS.has(w));
  const titled = titlecase(nameWords.join(' ')).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  titled.forEach((w, i) => {
    let word = w;
    if (word.length === 1 && /\p{L}/u.test(word)) word = `${word}.`;
    if (/^(jr|sr)$/i.test(word)) word = `${word}.`;
    if (i === 0 && /^j\.?$/i.test(word)) {
      // A leading "J." is a title ("J. Smith" = Judge Smith) unless initials follow.
      const next = titled[i + 1] ?? '';
      if (!((next.length === 2 && next.endsWith('.')) || next.length === 1)) return;
    }
    out.push(word);
  });
  return out.join(' ');
}
