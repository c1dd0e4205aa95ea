/**
 * `websearch_to_tsquery('english')` drops stop words, also inside quotes: `"through them in just a
 * second if"` becomes `'second'` and finds every page with that one word. A quoted phrase that holds
 * stop words is therefore also checked word for word against `phrase_words`, every word of the page
 * text in order (a word is a run of letters and digits: any punctuation or spacing separates two).
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
 * SQL that holds when a page's text has the words of `param` (a query parameter holding them) in
 * that order, whole words, case-insensitive: the text and the phrase go through the same rule
 * (runs of letters and digits, lower-cased by the `simple` configuration) as `phrase_words`.
 */
export function phraseWordsMatch(param: string): string {
  return `d.phrase_words @@ phraseto_tsquery('simple', regexp_replace(${param}, '[^[:alnum:]]+', ' ', 'g'))`;
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
