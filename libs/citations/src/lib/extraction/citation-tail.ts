// What follows the core of a case citation: pin cites and parentheticals.
import { CourtYear, parseCourtYear } from './parenthetical';
import { bracketGroup, collapseSpace } from './text-scan';

const PIN_ITEM =
  /(?:at\s+)?(?:pp?\.\s*)?(?:¶+\s*|\*{1,2})?(?:\d+(?:\s*[-–—]\s*\d+)?(?:\s*(?:&\s*)?nn?\.\s*\d+(?:\s*[-–—]\s*\d+)?)?|nn?\.\s*\d+)(?![\w])/y;
export const PIN_SEPARATOR = /\s*(?:,|&|and)\s*/y;

function stickyAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/**
 * Reads pin cites after `pos` ("…, 217", ", 97, 101, 103", ", 635–36 & n.5"); the first item must
 * follow `firstSeparator`. Stops before a number that starts another citation.
 */
export function readPins(
  text: string,
  pos: number,
  starts: Set<number>,
  firstSeparator: RegExp,
): { first: number; end: number } {
  let cursor = pos;
  let first = -1;
  for (let n = 0; ; n++) {
    const sep = stickyAt(n === 0 ? firstSeparator : PIN_SEPARATOR, text, cursor);
    if (!sep) break;
    const itemPos = cursor + sep[0].length;
    const item = stickyAt(PIN_ITEM, text, itemPos);
    if (!item) break;
    if (starts.has(itemPos + item[0].search(/[\d¶*]|n+\./))) break;
    const itemEnd = itemPos + item[0].length;
    if (/^\s+[A-Z]/.test(text.slice(itemEnd, itemEnd + 3))) break;
    if (first < 0) first = itemPos;
    cursor = itemEnd;
  }
  return { first, end: cursor };
}

export interface Parentheticals {
  courtYear?: CourtYear;
  courtEnd?: number;
  explanation?: string;
  end: number;
}

/** A court/date parenthetical and the explanatory one after it ("(2d Cir. 2015) (quoted)"). */
export function readParentheticals(text: string, pos: number, starts: readonly number[]): Parentheticals {
  const first = bracketGroup(text, pos);
  if (!first) return { end: pos };
  const courtYear = parseCourtYear(first.content);
  if (courtYear) {
    const second = bracketGroup(text, first.close);
    if (!second) return { courtYear, courtEnd: first.close, end: first.close };
    return { courtYear, courtEnd: first.close, explanation: collapseSpace(second.content), end: second.close };
  }
  // "2 U.S. 3, 4-5 (3 Atl. 33)": a bracketed parallel citation is not an explanation.
  if (starts.some((s) => s > first.open && s < first.close)) return { end: pos };
  return { explanation: collapseSpace(first.content), end: first.close };
}
