import { Fragment, ReactNode } from 'react';

const MARKER = /<mark>([\s\S]*?)<\/mark>/g;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The search engines HTML-escape snippet text (ADR 0003): back to the characters, still as text. */
export function decodeEntities(text: string): string {
  return text.replace(
    ENTITY,
    (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return NAMED[name.toLowerCase()] ?? whole;
      const code = decimal ? Number(decimal) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/**
 * The search API marks matches as `<mark>…</mark>` inside escaped text. Only those two markers are
 * read; everything else is decoded to characters and rendered by React as text nodes, so nothing
 * from the data is ever parsed as HTML.
 */
export function MarkedSnippet({ snippet }: { snippet: string }): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of snippet.matchAll(MARKER)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(<Fragment key={`t${last}`}>{decodeEntities(snippet.slice(last, start))}</Fragment>);
    parts.push(<mark key={`m${start}`}>{decodeEntities(match[1] ?? '')}</mark>);
    last = start + match[0].length;
  }
  if (last < snippet.length) parts.push(<Fragment key={`t${last}`}>{decodeEntities(snippet.slice(last))}</Fragment>);
  return <>{parts}</>;
}

/** Words of a search query worth highlighting: no operators, quotes or one-letter words. */
export function queryTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .replace(/["()]/g, ' ')
        .split(/\s+/)
        .filter((word) => word && !word.startsWith('-') && !/^(AND|OR|NOT)$/.test(word))
        .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''))
        .filter((word) => word.length > 1),
    ),
  ];
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Plain text with the query's words (and words starting with them) wrapped in <mark>, as text nodes. */
export function HighlightedText({ text, terms }: { text: string; terms: string[] }): ReactNode {
  if (terms.length === 0) return <>{text}</>;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(<Fragment key={`t${last}`}>{text.slice(last, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{match[0]}</mark>);
    last = start + match[0].length;
  }
  if (last < text.length) parts.push(<Fragment key={`t${last}`}>{text.slice(last)}</Fragment>);
  return <>{parts}</>;
}
