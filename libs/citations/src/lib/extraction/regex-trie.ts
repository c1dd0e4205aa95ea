// Builds one regex alternation for thousands of abbreviations as a character trie, so the engine
// walks shared prefixes once. Whitespace is optional after ".", ",", ")" , before "(", between
// letters and digits, and wherever a spelling had a space: "F.Supp.3d" and "F. Supp. 3d" both match.

interface Edge {
  node: TrieNode;
  space: boolean;
}

interface TrieNode {
  edges: Map<string, Edge>;
  terminal: boolean;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLetter = (c: string): boolean => /\p{L}/u.test(c);

function spaceAllowed(prev: string, next: string): boolean {
  return (
    prev === '.' ||
    prev === ',' ||
    prev === ')' ||
    next === '(' ||
    (isLetter(prev) && isDigit(next)) ||
    (isDigit(prev) && isLetter(next))
  );
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Removes all whitespace; the key under which spellings are looked up. */
export function compactKey(s: string): string {
  return s.replace(/\s+/g, '');
}

export function buildTrieAlternation(words: Iterable<string>): string {
  const root: TrieNode = { edges: new Map(), terminal: false };
  for (const word of words) {
    let node = root;
    let pendingSpace = false;
    let prev = '';
    for (const c of word.trim()) {
      if (/\s/.test(c)) {
        pendingSpace = true;
        continue;
      }
      const space = prev !== '' && (pendingSpace || spaceAllowed(prev, c));
      let edge = node.edges.get(c);
      if (!edge) {
        edge = { node: { edges: new Map(), terminal: false }, space };
        node.edges.set(c, edge);
      } else if (space) {
        edge.space = true;
      }
      node = edge.node;
      pendingSpace = false;
      prev = c;
    }
    if (node !== root) node.terminal = true;
  }
  return emit(root) || '(?!)';
}

function emit(node: TrieNode): string {
  const parts = [...node.edges.keys()].sort().map((c) => {
    const edge = node.edges.get(c) as Edge;
    return (edge.space ? '\\s*' : '') + escapeRegExp(c) + emit(edge.node);
  });
  if (parts.length === 0) return '';
  const body = parts.length === 1 ? parts[0] : `(?:${parts.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}
