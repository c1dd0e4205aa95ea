/**
 * The one rule for text that crosses the boundary: PostgreSQL cannot store a NUL character in
 * text (`invalid byte sequence for encoding "UTF8": 0x00`) and a lone UTF-16 surrogate is not
 * Unicode at all. Input fields refuse both (`findUnsafeInput`); content that we keep as written
 * (a ToS snapshot, a docket report, a PDF's text) is cleaned instead (`stripUnsafeText`).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

export function unsafeTextReason(text: string): string | null {
  if (text.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate (not valid Unicode)';
  return null;
}

/** Content text without NUL characters, lone surrogates replaced by U+FFFD. */
export function stripUnsafeText(text: string): string {
  return text.replace(/\u0000/g, '').replace(LONE_SURROGATES, '\uFFFD');
}

export interface UnsafeInput {
  /** Where in the input, e.g. `parties[2].name` (`$` for the input itself). */
  path: string;
  reason: string;
  /** Set when the input is nested deeper than allowed. */
  maxDepth?: number;
}

/** Deeper JSON than any request of the API needs; deeper input is refused before it is validated. */
export const MAX_INPUT_DEPTH = 32;

/**
 * The first unsafe string (value or key) in a parsed input, or input nested deeper than
 * `maxDepth`. Walks iteratively, so a 100,000-level body costs a loop, not the stack. Only plain
 * objects and arrays are entered (never Buffers or class instances).
 */
export function findUnsafeInput(input: unknown, maxDepth: number = MAX_INPUT_DEPTH): UnsafeInput | null {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      const reason = unsafeTextReason(value);
      if (reason) return { path, reason };
      continue;
    }
    const isArray = Array.isArray(value);
    if (!isArray && !isPlainObject(value)) continue;
    if (depth >= maxDepth) return { path, reason: `is nested deeper than ${maxDepth} levels`, maxDepth };
    if (isArray) {
      value.forEach((item, index) => stack.push({ value: item, path: `${path}[${index}]`, depth: depth + 1 }));
      continue;
    }
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      const reason = unsafeTextReason(key);
      if (reason) return { path, reason: `has a key that ${reason}` };
      stack.push({ value: item, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
