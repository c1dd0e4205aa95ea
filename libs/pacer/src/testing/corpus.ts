import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import { decodePacerText } from '../lib/parsing/decode-text';

/** Reads a corpus file as UTF-8, falling back to Latin-1 for files that are not valid UTF-8. */
export function readCorpusText(file: string): string {
  return decodePacerText(fs.readFileSync(file));
}

/** The docket report examples of the corpus, with the court their file name gives (as juriscraper's tests do). */
export function corpusDockets(): { name: string; court: string; html: string }[] {
  const folder = corpusPath('pacer', 'dockets');
  return fs
    .readdirSync(folder)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.html'.length);
      return { name, court: name.split('_')[0], html: readCorpusText(`${folder}/${f}`) };
    });
}

export function corpusFeed(name: string): string {
  return readCorpusText(corpusPath('pacer', 'rss', `${name}.xml`));
}

/** A copy of a feed with one more item: the first item again, as a new document with new PACER ids. */
export function feedWithOneMoreItem(xml: string): string {
  const first = /<item>[\s\S]*?<\/item>/.exec(xml)?.[0];
  if (!first) throw new Error('the feed has no item');
  const extra = first
    .replace(/&#x3E;\d+&#x3C;\/a&#x3E;/, '&#x3E;9999&#x3C;/a&#x3E;')
    .replace(/doc1\/(\d+)/, 'doc1/$1999')
    .replace(/de_seq_num=(\d+)/, 'de_seq_num=$1999')
    .replace(/\[[^\]]*\]/, '[Order on Motion to Dismiss]');
  if (extra === first) throw new Error('the first item has no document link to vary');
  return xml.replace('</channel>', `${extra}\n</channel>`);
}

/** The parse juriscraper produced for a corpus example (the `.json` beside it); `{}` for pages it rejects. */
export function juriscraperJson<T>(dir: 'dockets' | 'rss', name: string): T {
  return JSON.parse(fs.readFileSync(corpusPath('pacer', dir, `${name}.json`), 'utf8')) as T;
}
