/** Collapses runs of whitespace (PDF line breaks included) to one space and trims. */
export function collapseSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Offset just past the bracket group opening at `open` ("(" or "["), or -1 when unbalanced. */
export function balancedEnd(text: string, open: number, limit = 600): number {
  const opener = text[open];
  if (opener !== '(' && opener !== '[') return -1;
  let depth = 0;
  const stop = Math.min(text.length, open + limit);
  for (let i = open; i < stop; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

export function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i])) i++;
  return i;
}

/** Index of the page containing `offset`, given ascending page start offsets (1-based result). */
export function pageAt(pageOffsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = pageOffsets.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (pageOffsets[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found + 1;
}

/** A well-formed Roman numeral up to 399 ("lxiv", "XII"). */
export function isRoman(s: string): boolean {
  return s !== '' && /^c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/.test(s.toLowerCase());
}

export interface BracketGroup {
  open: number;
  close: number;
  content: string;
}

/** A "(...)" or "[...]" group starting within a few spaces of `pos`. */
export function bracketGroup(text: string, pos: number): BracketGroup | undefined {
  const open = skipSpace(text, pos);
  if (open - pos > 4 || (text[open] !== '(' && text[open] !== '[')) return undefined;
  const close = balancedEnd(text, open);
  return close < 0 ? undefined : { open, close, content: text.slice(open + 1, close - 1) };
}
