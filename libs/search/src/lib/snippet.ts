/** Markers that cannot occur in indexed text; replaced by `<mark>` after HTML escaping. */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes the text for HTML, then turns the engine's markers into `<mark>` tags. */
export function renderSnippet(marked: string): string {
  return marked
    .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim()
    .split(MARK_START)
    .join('<mark>')
    .split(MARK_END)
    .join('</mark>');
}

/** Indexed text never carries the marker characters. */
export function stripMarkers(text: string): string {
  return text.split(MARK_START).join(' ').split(MARK_END).join(' ');
}
