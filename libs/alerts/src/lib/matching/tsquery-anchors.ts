/**
 * Reads the text form of a PostgreSQL tsquery (`'fair' & 'use' & ( 'train' | 'model' )`) and picks
 * its anchor lexemes: a set such that every text matching the query contains at least one of them.
 * Stored on the subscription with a GIN index, they turn "which of 100,000 saved searches could match
 * this filing?" into an index lookup by the filing's own lexemes; only those candidates are then
 * tested with `@@`.
 */
type Node =
  | { kind: 'lexeme'; value: string }
  | { kind: 'not'; child: Node }
  | { kind: 'and'; children: Node[] }
  | { kind: 'or'; children: Node[] };

export function parseTsquery(text: string): Node | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  let position = 0;
  const peek = () => tokens[position];
  const next = () => tokens[position++];

  const parseOr = (): Node => {
    const children = [parseAnd()];
    while (peek()?.type === 'or') {
      next();
      children.push(parseAnd());
    }
    return children.length === 1 ? children[0] : { kind: 'or', children };
  };
  const parseAnd = (): Node => {
    const children = [parseUnary()];
    while (peek()?.type === 'and' || peek()?.type === 'follows') {
      next();
      children.push(parseUnary());
    }
    return children.length === 1 ? children[0] : { kind: 'and', children };
  };
  const parseUnary = (): Node => {
    const token = next();
    if (!token) throw new Error(`unexpected end of tsquery: ${text}`);
    if (token.type === 'not') return { kind: 'not', child: parseUnary() };
    if (token.type === 'open') {
      const inner = parseOr();
      if (next()?.type !== 'close') throw new Error(`unbalanced parenthesis in tsquery: ${text}`);
      return inner;
    }
    if (token.type === 'lexeme') return { kind: 'lexeme', value: token.value };
    throw new Error(`unexpected "${token.type}" in tsquery: ${text}`);
  };

  const tree = parseOr();
  if (position !== tokens.length) throw new Error(`trailing input in tsquery: ${text}`);
  return tree;
}

/** The anchor lexemes of a tsquery's text, or null when no word is required (e.g. only negations). */
export function anchorLexemes(tsqueryText: string): string[] | null {
  const tree = parseTsquery(tsqueryText);
  if (!tree) return null;
  const anchors = anchorsOf(tree);
  return anchors ? [...anchors].sort() : null;
}

function anchorsOf(node: Node): Set<string> | null {
  switch (node.kind) {
    case 'lexeme':
      return new Set([node.value]);
    case 'not':
      return null;
    case 'or': {
      const union = new Set<string>();
      for (const child of node.children) {
        const anchors = anchorsOf(child);
        if (!anchors) return null;
        for (const lexeme of anchors) union.add(lexeme);
      }
      return union;
    }
    case 'and': {
      // Any one conjunct's anchors will do; prefer few and long lexemes (likely rarer, fewer candidates).
      const options = node.children.map(anchorsOf).filter((a): a is Set<string> => a !== null);
      if (options.length === 0) return null;
      options.sort((a, b) => a.size - b.size || shortest(b) - shortest(a));
      return options[0];
    }
  }
}

function shortest(anchors: Set<string>): number {
  return Math.min(...[...anchors].map((a) => a.length));
}

type Token = { type: 'lexeme'; value: string } | { type: 'and' | 'or' | 'not' | 'follows' | 'open' | 'close' };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i += 1;
    } else if (c === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error(`unterminated lexeme in tsquery: ${text}`);
        if (text[i] === "'" && text[i + 1] === "'") {
          value += "'";
          i += 2;
        } else if (text[i] === "'") {
          i += 1;
          break;
        } else if (text[i] === '\\' && i + 1 < text.length) {
          value += text[i + 1];
          i += 2;
        } else {
          value += text[i];
          i += 1;
        }
      }
      // Weights and prefix markers (`:A`, `:*`) are not produced by websearch_to_tsquery; skip them if present.
      const suffix = /^:[*A-D]+/.exec(text.slice(i));
      if (suffix) i += suffix[0].length;
      tokens.push({ type: 'lexeme', value });
    } else if (c === '&') {
      tokens.push({ type: 'and' });
      i += 1;
    } else if (c === '|') {
      tokens.push({ type: 'or' });
      i += 1;
    } else if (c === '!') {
      tokens.push({ type: 'not' });
      i += 1;
    } else if (c === '(') {
      tokens.push({ type: 'open' });
      i += 1;
    } else if (c === ')') {
      tokens.push({ type: 'close' });
      i += 1;
    } else if (c === '<') {
      const end = text.indexOf('>', i);
      if (end < 0) throw new Error(`unterminated phrase operator in tsquery: ${text}`);
      tokens.push({ type: 'follows' });
      i = end + 1;
    } else {
      throw new Error(`unexpected character "${c}" in tsquery: ${text}`);
    }
  }
  return tokens;
}
