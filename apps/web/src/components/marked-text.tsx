import { Fragment, ReactNode } from 'react';

const MARKER = /<mark>([\s\S]*?)<\/mark>/g;

/**
 * The search API marks matches as `<mark>…</mark>` inside plain text. Only those two markers are
 * read; everything else stays text (React renders it as text nodes), so nothing from the data is
 * ever parsed as HTML.
 */
export function MarkedSnippet({ snippet }: { snippet: string }): ReactNode {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of snippet.matchAll(MARKER)) {
    const start = match.index ?? 0;
    if (start > last) parts.push(<Fragment key={`t${last}`}>{snippet.slice(last, start)}</Fragment>);
    parts.push(<mark key={`m${start}`}>{match[1]}</mark>);
    last = start + match[0].length;
  }
  if (last < snippet.length) parts.push(<Fragment key={`t${last}`}>{snippet.slice(last)}</Fragment>);
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
