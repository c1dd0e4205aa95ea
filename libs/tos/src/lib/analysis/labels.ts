// Enumeration labels of clauses: "(a)", "(iii)", "a.", "1.", "1.4.", "10.1", "A)".

const LEADING_LABEL =
  /^(\*\*|__|\*|_)?\s*(\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3}|[A-Z])\)|(?:[a-zA-Z]|[ivxlc]{2,6})[.)]|\d{1,3}(?:\\?\.\d{1,3})+\\?\.?|\d{1,3}\\?[.)])(?=\s|\*|_|$)/;

/** Splits a leading enumeration label off a clause's inline Markdown. */
export function extractLeadingLabel(text: string): { label: string | null; rest: string } {
  const m = LEADING_LABEL.exec(text);
  if (!m) return { label: null, rest: text };
  const open = m[1] ?? '';
  let rest = text.slice(m[0].length).replace(/^\s+/, '');
  // "**a.** Minimum age": the label was the whole emphasised run.
  if (open && rest.startsWith(open)) rest = rest.slice(open.length).replace(/^\s+/, '');
  else rest = open + rest;
  return { label: normalizeLabel(m[2]), rest };
}

/** "(c)" stays, "a." and "a)" become "a", "1.4." becomes "1.4", escapes go. */
export function normalizeLabel(label: string): string {
  const plain = label.replace(/\\/g, '');
  if (plain.startsWith('(')) return plain;
  return plain.replace(/[.)]$/, '');
}

/** Joins labels of nested enumerations: ["3.3", "(e)"] → "3.3(e)", ["1.4", "a"] → "1.4.a". */
export function composeLabels(parts: readonly (string | null)[]): string | null {
  let out = '';
  for (const part of parts) {
    if (!part) continue;
    out += part.startsWith('(') || out === '' ? part : `.${part}`;
  }
  return out === '' ? null : out;
}
