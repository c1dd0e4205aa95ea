import fs from 'node:fs';
import { emptySearchDocument, SearchDocument, searchDocumentId, SearchKind } from '../search-document';

export interface KnownItem {
  /** Seven words as a reader types them: lower case, no punctuation. */
  phrase: string;
  pageId: string;
}

export const KNOWN_ITEM_COUNT = 30;
const PHRASE_WORDS = 7;
const PAGE_CHARS = 2800;
const MIN_PAGE_WORDS = 100;
/** From the Bartz fair-use order (ECF 231), where the page reads "reading and writing. Claude can do so". */
export const BARTZ_PHRASE = 'reading and writing claude can do so';
const BARTZ_FILE = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.txt';
const STOP_WORDS = new Set(
  'a an and are as at be been but by can could did do does for from had has have he her his i if in into is it its just may me my no not of on or our she so such than that the their them then there these they this those through to up was we were what when which who will with would you your'.split(
    ' ',
  ),
);

/** Readers type words, not the digits and reporter abbreviations of citations. */
const LETTERS_ONLY = /^[\p{L} ]+$/u;
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** A corpus text cut into pages of about 2,800 characters at whitespace (the bench's rule), line breaks kept. */
function pagesOf(text: string): string[] {
  const pages: string[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + PAGE_CHARS);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    pages.push(text.slice(start, end));
    start = end + 1;
  }
  return pages;
}

/**
 * Every page of every text in `dir` (the corpus's filings/text), and 30 known items chosen by rule, never
 * by trying them: for each file in name order, its middle page gives (a) the seven words from the
 * page's middle word and (b) the first seven-word run after those with at least five stop words; a
 * phrase counts only if it holds letters only (no numbers) and its words occur in that order on no
 * other page. The first 29 of those
 * (a, b, a, b, … across files) and the Bartz order's "reading and writing claude can do so" make 30.
 */
export function knownItemCorpus(dir: string): { pages: SearchDocument[]; items: KnownItem[] } {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const pages: SearchDocument[] = [];
  const middlePages: SearchDocument[] = [];
  for (const file of files) {
    const documentId = searchDocumentId('known', file.replace(/\.txt$/, ''));
    const texts = pagesOf(fs.readFileSync(`${dir}/${file}`, 'utf8'));
    const filePages = texts.map((text, i) => ({
      ...emptySearchDocument(searchDocumentId(documentId, i + 1), SearchKind.Filing),
      documentId,
      documentTitle: file,
      documentType: 'known_item_probe',
      page: i + 1,
      text,
    }));
    pages.push(...filePages);
    middlePages.push(filePages[Math.floor(filePages.length / 2)]);
  }
  const joined = new Map(pages.map((p) => [p.id, ` ${wordsOf(p.text).join(' ')} `]));
  const unique = (phrase: string) => [...joined.values()].filter((t) => t.includes(` ${phrase} `)).length === 1;
  const candidates: KnownItem[] = [];
  for (const page of middlePages) {
    const words = wordsOf(page.text);
    if (words.length < MIN_PAGE_WORDS) continue;
    const middle = Math.floor(words.length / 2);
    const plain = words.slice(middle, middle + PHRASE_WORDS).join(' ');
    let stopHeavy: string | null = null;
    for (let i = middle + PHRASE_WORDS; i + PHRASE_WORDS <= words.length && stopHeavy === null; i += 1) {
      const run = words.slice(i, i + PHRASE_WORDS);
      if (run.filter((w) => STOP_WORDS.has(w)).length >= 5) stopHeavy = run.join(' ');
    }
    for (const phrase of [plain, stopHeavy]) {
      if (phrase !== null && LETTERS_ONLY.test(phrase) && unique(phrase)) candidates.push({ phrase, pageId: page.id });
    }
  }
  const bartzPage = pages.find(
    (p) => p.documentTitle === BARTZ_FILE && joined.get(p.id)?.includes(` ${BARTZ_PHRASE} `),
  );
  if (!bartzPage) throw new Error(`"${BARTZ_PHRASE}" is not in ${BARTZ_FILE}`);
  const items = [...candidates.slice(0, KNOWN_ITEM_COUNT - 1), { phrase: BARTZ_PHRASE, pageId: bartzPage.id }];
  return { pages, items };
}
