/** Collapses runs of whitespace to one space and trims. */
export function squash(s: string): string {
  return s.split(/\s+/).filter(Boolean).join(' ');
}

/** Whitespace squashed and no space left before a comma: the tidy form of every scraped value. */
export function tidy(s: string): string {
  return squash(s).replace(/\s+,/g, ',');
}

const EDGE_JUNK = /^[-–_/;,\s]+|[-–_/;,\s]+$/g;

/**
 * Normalises a display string: leftover HTML entities and typographic quotes to ASCII, `*` and
 * `#` removed, stray punctuation trimmed from both ends of each side of " v. ", whitespace squashed.
 */
export function cleanText(input: string): string {
  let s = input
    .replace(/&rsquo;/g, "'")
    .replace(/&rdquo;|&ldquo;/g, '"')
    .replace(/&nbsp;|&#160;|%20/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[*#]/g, '');
  s = s
    .split(' v. ')
    .map((side) => side.replace(EDGE_JUNK, ''))
    .join(' v. ');
  return squash(s);
}
