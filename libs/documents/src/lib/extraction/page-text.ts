import { stripUnsafeText } from '@casetrail/core';

/**
 * Tidies the text of one page: horizontal whitespace runs (PDF.js puts tabs between widely spaced
 * items, e.g. in justified lines) become one space, lines are trimmed, and runs of blank lines
 * shrink to one. NUL characters (some PDF fonts map glyphs to U+0000) are dropped.
 */
export function tidyPageText(raw: string): string {
  return stripUnsafeText(raw)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u2000-\u200a\u202f\u3000]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
