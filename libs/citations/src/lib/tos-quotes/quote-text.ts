/** Quotations in a filing, and the text reduction that quotations and clauses are compared in. */

export interface Quotation {
  /** Offsets of the quoted text, without its quote marks. */
  start: number;
  end: number;
  text: string;
}

// A quotation opens with “ or " and closes with ” or " (OCR and word processors mix them); a curly
// closing mark never opens one and a curly opening mark never closes one.
const QUOTATION = /[“"]([^“”"]{12,3000})[”"]/g;
const ELLIPSIS = /\.\s?\.\s?\.|…/g;
// A hyphen (or soft hyphen) between letters, with an optional line break after it: "de-\nvelop"
// and "opt-out" both lose it, in quotations and clauses alike, so hyphenation never counts.
const HYPHEN = /(\p{L})[-\u00ad\u2010\u2011]\s*(\p{L})/gu;

export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  for (const match of text.matchAll(QUOTATION)) {
    const start = (match.index ?? 0) + 1;
    out.push({ start, end: start + match[1].length, text: match[1] });
  }
  return out;
}

/**
 * Text reduced for comparison: diacritics, case, apostrophes, hyphenation, bracketed alterations
 * ("[t]he" → "the", "[Y]ou" → "you"), line breaks and punctuation folded. Ellipses become "|" so
 * that shingles do not bridge an omission.
 */
export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(ELLIPSIS, ' | ')
    .replace(/\[(\w{0,3})\]/g, '$1')
    .replace(HYPHEN, '$1$2')
    .replace(HYPHEN, '$1$2')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9|]+/g, ' ')
    .replace(/(\s*\|\s*)+/g, ' | ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Word shingles of `size` words, never across an ellipsis; a fragment shorter than `size` is one shingle. */
export function shingles(normalized: string, size: number): string[] {
  const out: string[] = [];
  for (const fragment of normalized.split('|')) {
    const words = fragment.split(' ').filter(Boolean);
    if (words.length === 0) continue;
    if (words.length < size) {
      out.push(words.join(' '));
      continue;
    }
    for (let i = 0; i + size <= words.length; i++) out.push(words.slice(i, i + size).join(' '));
  }
  return out;
}

/** A clause's inline Markdown as read: link labels without their addresses, no emphasis marks or escapes. */
export function plainClauseText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/(\*{1,3}|_{2,3})/g, '');
}

export function wordCount(normalized: string): number {
  return normalized.split(/[\s|]+/).filter(Boolean).length;
}
