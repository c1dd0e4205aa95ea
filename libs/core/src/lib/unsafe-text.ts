import { Transform } from 'class-transformer';

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
  return text.replaceAll('\u0000', '').replace(LONE_SURROGATES, '\uFFFD');
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

export interface UnsafeInputOptions {
  maxDepth?: number;
  /** False: only the depth is checked. */
  checkText?: boolean;
  /** Top-level fields whose strings are content (stripped later, see `ContentText`), not refused. */
  contentFields?: ReadonlySet<string>;
}

/**
 * The first unsafe string (value or key) in a parsed input, or input nested deeper than
 * `maxDepth`. Walks iteratively, so a 100,000-level body costs a loop, not the stack. Only plain
 * objects and arrays are entered (never Buffers or class instances).
 */
export function findUnsafeInput(input: unknown, options: UnsafeInputOptions = {}): UnsafeInput | null {
  const { maxDepth = MAX_INPUT_DEPTH, checkText = true, contentFields } = options;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: input, path: '$', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value === 'string') {
      if (!checkText || (depth === 1 && contentFields?.has(path.slice(2)))) continue;
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
      const reason = checkText ? unsafeTextReason(key) : null;
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

const CONTENT_TEXT_FIELDS = new WeakMap<object, string[]>();

/**
 * Marks a DTO string as content kept as written (a ToS snapshot's page): the boundary does not
 * refuse its NUL characters and lone surrogates, this transform strips them before it is stored.
 */
export function ContentText(): PropertyDecorator {
  return (target: object, property: string | symbol) => {
    CONTENT_TEXT_FIELDS.set(target.constructor, [
      ...(CONTENT_TEXT_FIELDS.get(target.constructor) ?? []),
      String(property),
    ]);
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? stripUnsafeText(value) : value))(
      target,
      property,
    );
  };
}

/** The fields of a DTO class marked `@ContentText()`. */
export function contentTextFields(metatype: unknown): ReadonlySet<string> {
  const fields = new Set<string>();
  for (let type = metatype; typeof type === 'function'; type = Object.getPrototypeOf(type) as unknown) {
    for (const field of CONTENT_TEXT_FIELDS.get(type) ?? []) fields.add(field);
  }
  return fields;
}
