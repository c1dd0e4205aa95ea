/**
 * `websearch_to_tsquery('english')` drops stop words, also inside quotes: `"through them in just a
 * second if"` becomes `'second'` and finds every page with that one word. A quoted phrase that holds
 * stop words is therefore also checked word for word against `phrase_words`, every word of the page
 * in order (a word is a run of letters and digits: any punctuation or spacing separates two).
 */

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The quoted phrases of a query that every hit must contain, as word lists. Negated phrases
 * (`-"…"`) and queries with `or` are left to the tsquery alone: an added AND would change their meaning.
 */
export function requiredPhrases(q: string): string[][] {
  const outside = q.replace(/"[^"]*"/g, ' ');
  if (/(^|\s)or(\s|$)/i.test(outside)) return [];
  const phrases: string[][] = [];
  for (const match of q.matchAll(/(^|[\s(])(-?)"([^"]*)"/g)) {
    if (match[2] === '-') continue;
    const words = match[3].match(WORD) ?? [];
    if (words.length >= 2) phrases.push(words);
  }
  return phrases;
}

/**
 * The characters with which PostgreSQL's parser joins words into one token (hyphenated words, host
 * names, paths, e-mail addresses, URLs, numbers with a decimal point, tags, entities). Made spaces
 * before parsing, they leave it only runs of letters and digits as words. `phrase_words` is built
 * with the same characters (migration SearchPhraseWords1796900000000); a test holds the two equal.
 */
const JOINING_CHARACTERS = ['-', '.', '/', '@', ':', '<', '&'];

/** SQL: `sql` (a text expression) with every joining character made a space. */
export function phraseWordsText(sql: string): string {
  return JOINING_CHARACTERS.reduce((inner, character) => `replace(${inner}, '${character}', ' ')`, sql);
}

/**
 * SQL that holds when a page has the words of `param` (a query parameter holding them) in that
 * order, whole words, case-insensitive: the phrase goes through the same rule as `phrase_words`
 * (runs of letters and digits, lower-cased by the `simple` configuration).
 */
export function phraseWordsMatch(param: string): string {
  return `d.phrase_words @@ phraseto_tsquery('simple', ${phraseWordsText(param)})`;
}

/**
 * The words of a query typed as a plain run of three or more words (no quotes, exclusions or `or`),
 * for ranking the pages that hold them in that order first: a reader pasting a sentence means that
 * sentence, and `ts_rank_cd` alone weighs "a copy of these works in a" as `copy works`.
 */
export function typedPhrase(q: string): string[] | null {
  if (/["]|(^|\s)-|(^|\s)or(\s|$)/i.test(q)) return null;
  const words = q.match(WORD) ?? [];
  return words.length >= 3 ? words : null;
}
