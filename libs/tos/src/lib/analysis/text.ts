const INVISIBLE_OR_ODD_SPACE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u2007\u2009\u200A\u202F\u3000]/g;
const ODD_SPACES = new Set(['\u00A0', '\u2007', '\u2009', '\u200A', '\u202F', '\u3000']);

/** Removes zero-width characters and soft hyphens, turns odd spaces into plain ones. */
export function cleanInvisible(text: string): string {
  return text.replace(INVISIBLE_OR_ODD_SPACE, (c) => (ODD_SPACES.has(c) ? ' ' : ''));
}

/**
 * Folds typographic variants (curly quotes, dashes, ellipsis) to ASCII. Only used for comparing
 * texts, never for the text we store: the company's wording stays as published.
 */
const TYPOGRAPHY =
  /[\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026]/g;

function asciiOf(c: string): string {
  if (c === '\u2026') return '...';
  if (/[\u2010-\u2015\u2212]/.test(c)) return '-';
  return /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/.test(c) ? '"' : "'";
}

export function foldTypography(text: string): string {
  return text.replace(TYPOGRAPHY, asciiOf);
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Markdown link or image: `[text](url "title")`, with one level of nested brackets in the text. */
export const MD_LINK =
  /(!?)\[((?:[^[\]]|\[[^[\]]*\])*)\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+"[^"]*")?\s*\)/g;

const A11Y_LINK_NOTE = /\s*\(opens in a new (?:window|tab)\)/gi;

export function stripA11yNotes(text: string): string {
  return text.includes('opens in a new') ? text.replace(A11Y_LINK_NOTE, '') : text;
}

/**
 * Repairs what page captures break: drops "(opens in a new window)" notes and re-joins link texts
 * that a capture split with a blank line ("[Execute Agreement\n\n](url)" is not a link otherwise).
 */
export function repairMarkdown(markdown: string): string {
  return stripA11yNotes(markdown).replace(/\[([^[\]\n]+?)\s*\n[ \t]*(?:\n[ \t]*)?\]\(/g, '[$1](');
}

/**
 * Inline Markdown to plain text: links keep their text (and, given urlOf, the target rewritten by it
 * in angle brackets), images disappear with their alt text, emphasis markers and escapes go.
 */
export function inlineToPlain(markdown: string, urlOf?: (url: string) => string): string {
  const urls: string[] = [];
  let text = stripA11yNotes(cleanInvisible(markdown)).replace(
    MD_LINK,
    (_m, bang: string, label: string, url: string) => {
      if (bang) return ' ';
      const inner = label.replace(MD_LINK, ' ');
      // A link without visible text (anchors, icon links) is markup, not wording; so is a link
      // that only repeats its own address ("[a@b.c](mailto:a@b.c)") or goes nowhere ("#").
      if (!urlOf || inner.replace(/[\s*_\\]/g, '') === '' || url === '' || url === '#') return inner;
      if (sameAddress(inner, url)) return inner;
      urls.push(urlOf(url));
      return `${inner}\uE000${urls.length - 1}\uE000`;
    },
  );
  text = text
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>/gi, ' ')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~<])/g, '$1')
    .replace(/[*_~]+/g, '')
    .replace(/\\(?=\s|$)/g, '')
    .replace(/\uE000(\d+)\uE000/g, (_m, i: string) => ` <${urls[Number(i)]}>`);
  return collapseSpaces(text).replace(/ ([.,;:!?)])/g, '$1');
}

function sameAddress(label: string, url: string): boolean {
  const bare = (s: string): string =>
    s
      .trim()
      .toLowerCase()
      .replace(/^(?:mailto:|https?:\/\/)(?:www\.)?/, '')
      .replace(/\/$/, '');
  return bare(label.replace(/\\/g, '')) === bare(url);
}

const STOPWORDS = new Set(
  (
    'a an and are as at be been by can do does for from has have if in into is it its may must not of on or our ' +
    'such that the their them then there these they this those to under upon us was we were which who will with ' +
    'without would you your s e g i ie eg etc any all other'
  ).split(' '),
);

const HAN = /[\u3400-\u9FFF]/;

function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Lower-cased, stemmed content words; Han text is cut into character bigrams. */
export function contentTokens(plain: string): string[] {
  const out: string[] = [];
  for (const raw of foldTypography(plain)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (HAN.test(raw)) {
      const chars = Array.from(raw);
      if (chars.length === 1) out.push(raw);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      continue;
    }
    if (STOPWORDS.has(raw)) continue;
    out.push(stem(raw));
  }
  return out;
}
