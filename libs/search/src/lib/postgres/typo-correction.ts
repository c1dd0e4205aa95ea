/** Splits a websearch-style query into the words that may be corrected and the rest, kept as is. */
export interface QueryToken {
  text: string;
  correctable: boolean;
}

export function tokenizeQuery(q: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  const pattern = /"[^"]*"?|\S+/g;
  for (const match of q.matchAll(pattern)) {
    const text = match[0];
    const word = /^[A-Za-z]{4,}$/.test(text) && text.toLowerCase() !== 'or';
    tokens.push({ text, correctable: word });
  }
  return tokens;
}

export function rebuildQuery(tokens: QueryToken[]): string {
  return tokens.map((t) => t.text).join(' ');
}
