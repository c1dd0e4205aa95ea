import { PacerError, PacerErrorCode } from '../pacer-error';

// Elements that never hold others (void), and those whose end tag HTML lets authors leave out:
// neither deepens the tree in the way an unclosed <div> does, so neither is counted.
const FLAT_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'option',
  'optgroup',
  'thead',
  'tbody',
  'tfoot',
  'colgroup',
]);

const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * The deepest element nesting the markup asks for, read from its tags in one linear pass and
 * before any parser builds a tree. An estimate (it counts unclosed inline tags as open), made to
 * refuse pathological pages early: the HTML parser's scope checks walk the open-element stack at
 * each tag, so 64,000 nested `<div>`s cost billions of steps.
 */
export function markupNestingDepth(markup: string, stopAbove = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (const match of markup.matchAll(TAG)) {
    const name = match[2].toLowerCase();
    if (FLAT_ELEMENTS.has(name) || match[3] === '/') continue;
    if (match[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > deepest) deepest = depth;
    if (deepest > stopAbove) break;
  }
  return deepest;
}

/** Browsers stop nesting at 512 levels too; real docket reports and feeds stay under 10. */
export const MAX_MARKUP_DEPTH = 512;

/** Refuses markup nested deeper than MAX_MARKUP_DEPTH, before a parser reads it. */
export function assertMarkupDepth(markup: string, what: string): void {
  const depth = markupNestingDepth(markup, MAX_MARKUP_DEPTH);
  if (depth > MAX_MARKUP_DEPTH) {
    throw new PacerError(
      PacerErrorCode.InputTooLarge,
      `The ${what} nests elements more than ${MAX_MARKUP_DEPTH} deep; no real one does.`,
      { maxDepth: MAX_MARKUP_DEPTH },
    );
  }
}
