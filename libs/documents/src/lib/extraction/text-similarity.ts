/**
 * How alike two extractions of the same document are, from 0 to 1.
 *
 * textSimilarity is the F1 (Dice) overlap of the multisets of character trigrams of both texts,
 * after Unicode NFKC, unifying quotes and dashes, dropping soft hyphens and removing ALL whitespace.
 * Why this measure:
 * - PDF extractors disagree mostly about whitespace, not content: pypdf (the corpus reference) splits
 *   words at kerning gaps ("th e", "Jurisdicti on") and pads lines with spaces, PDF.js joins those
 *   runs and puts tabs between spread-out items. Ignoring whitespace measures the characters.
 * - Trigrams keep local order (a character changed, lost or added costs about three trigrams), while
 *   a block moved elsewhere on the page (a stamp read first instead of last) only costs the few
 *   trigrams at its edges, as it should for "same text".
 * - It runs in linear time; a Levenshtein ratio is quadratic on 60,000-character opinions.
 * tokenF1 is the same overlap over whitespace-separated tokens: stricter, it also counts word-splitting
 * differences, and is reported beside it.
 */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00ad/g, '');
}

function countAll(items: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

/** F1 of two multisets: 2·|A∩B| / (|A| + |B|); 1 when both are empty. */
export function multisetF1(a: Iterable<string>, b: Iterable<string>): number {
  const countsA = countAll(a);
  const countsB = countAll(b);
  let sizeA = 0;
  let sizeB = 0;
  let common = 0;
  for (const n of countsA.values()) sizeA += n;
  for (const [item, n] of countsB) {
    sizeB += n;
    common += Math.min(n, countsA.get(item) ?? 0);
  }
  if (sizeA + sizeB === 0) return 1;
  return (2 * common) / (sizeA + sizeB);
}

function* trigrams(text: string): Generator<string> {
  const chars = Array.from(normaliseForComparison(text).replace(/\s+/g, ''));
  if (chars.length > 0 && chars.length < 3) yield chars.join('');
  for (let i = 0; i + 3 <= chars.length; i++) yield chars[i] + chars[i + 1] + chars[i + 2];
}

export function textSimilarity(a: string, b: string): number {
  return multisetF1(trigrams(a), trigrams(b));
}

export function tokenF1(a: string, b: string): number {
  const tokens = (t: string) => normaliseForComparison(t).split(/\s+/).filter(Boolean);
  return multisetF1(tokens(a), tokens(b));
}
