// Page chrome: parts of a captured page that belong to the website, not to the terms (cookie
// consent dialogs, navigation links, the <title> line, loading placeholders, footers).

const BUTTON_WORDS =
  /^(?:(?:customi[sz]e(?: consent preferences)?|(?:accept|reject|allow|deny|refuse|decline)(?: all)?(?: (?:strictly )?(?:necessary|essential|optional))?(?: cookies)?|save (?:my )?preferences|confirm (?:my )?choices|cookie settings|manage (?:cookie )?preferences|show more|show less|close|ok)[\s,|]*)+$/i;
const STRICT_BUTTON_LINE = /\b(?:reject all|accept all|allow all|save (?:my )?preferences|confirm (?:my )?choices)\b/i;
const CONSENT_WORDS = /\b(?:cookies?|consent|privacy|tracking)\b/i;
const BANNER_TAIL = /\b(?:powered by|cookieyes|onetrust|cookiebot|usercentrics|didomi)\b/i;
const BANNER_SENTENCE =
  /\bcookies?\b.*(?:by clicking\s+["“']?(?:accept|allow|agree)|you consent to (?:our|the) use of cookies)|\bwe and our \d+ partners\b/i;

const PLACEHOLDER =
  /^(?:…|\.\.\.|select (?:your )?language|other language versions?\W*|english|français|deutsch|español|italiano|português|日本語|한국어|中文|简体中文|繁體中文|loading\.*|(?:⌘|ctrl\s*\+|cmd\s*\+)\s*[a-z]|table of contents|contents|on this page|skip to (?:main )?content|back to top)$/i;
const POWERED_BY = /^\[?powered by/i;
const COPYRIGHT_LINE = /^(?:©|\(c\)\s*(?:19|20)\d\d|copyright\s*(?:©|\(c\))?\s*\d)/i;
const TITLE_LINE = /^[^|[\]()]{1,80}\s\|(?:\s+[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2})?(?:\s+[Ss]elect language)?$/;
const LINK = /\[((?:[^[\]]|\[[^[\]]*\])*)\]\([^()\s]*(?:\([^()]*\)[^()\s]*)*(?:\s+"[^"]*")?\)/g;
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;

function core(line: string): string {
  return line
    .replace(/^\s*(?:(?:[-*+>]|\d+\.)\s+|#{1,6}\s+)*/, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
}

function isNavigationLine(text: string): boolean {
  const withoutImages = text.replace(IMAGE, '').trim();
  if (withoutImages === '') return text !== '';
  const labels: string[] = [];
  const rest = withoutImages.replace(LINK, (_m, label: string) => {
    labels.push(label);
    return ' ';
  });
  const shortLabels = labels.every((l) => l.replace(IMAGE, '').trim().split(/\s+/).length <= 6 && !/[.;:]\s*$/.test(l));
  if (!shortLabels) return false;
  if (/^[\s|·•/,-]*$/.test(rest)) return true;
  // A breadcrumb trail glued to the page title: "[All Collections](…)[General](…)Directory Terms".
  return (
    labels.length >= 2 && /^\s*\[/.test(withoutImages) && rest.trim().split(/\s+/).length <= 6 && !/[.;:]/.test(rest)
  );
}

/** True for a Markdown line that is website chrome rather than terms. */
export function isChromeLine(line: string): boolean {
  const text = core(line);
  if (text === '') return false;
  if (PLACEHOLDER.test(text) || BUTTON_WORDS.test(text)) return true;
  if ((POWERED_BY.test(text) || COPYRIGHT_LINE.test(text)) && text.split(/\s+/).length <= 20) return true;
  if (TITLE_LINE.test(text) && text.split(/\s+/).length <= 10) return true;
  if (isNavigationLine(text)) return true;
  return BANNER_SENTENCE.test(text) && text.split(/\s+/).length <= 80;
}

/**
 * Line ranges [start, end] (inclusive) of cookie consent dialogs: a run of lines made only of
 * consent buttons, back to the sentence about cookies that opens it, on to a "powered by" footer.
 */
export function cookieBannerRanges(lines: readonly string[]): [number, number][] {
  const buttonLines: number[] = [];
  lines.forEach((line, i) => {
    const text = core(line);
    if (text && BUTTON_WORDS.test(text) && STRICT_BUTTON_LINE.test(text)) buttonLines.push(i);
  });
  const ranges: [number, number][] = [];
  for (let k = 0; k < buttonLines.length;) {
    let last = k;
    while (last + 1 < buttonLines.length && buttonLines[last + 1] - buttonLines[last] <= 400) last++;
    let start = buttonLines[k];
    for (let i = start - 1, seen = 0; i >= 0 && seen < 12; i--) {
      if (lines[i].trim() === '') continue;
      seen++;
      if (CONSENT_WORDS.test(lines[i])) start = i;
    }
    let end = buttonLines[last];
    for (let i = end + 1, seen = 0; i < lines.length && seen < 4; i++) {
      if (lines[i].trim() === '') continue;
      seen++;
      if (BANNER_TAIL.test(lines[i]) || isNavigationLine(core(lines[i]))) end = i;
      else break;
    }
    if (lines.slice(start, end + 1).some((l) => /\bcookies?\b/i.test(l))) ranges.push([start, end]);
    k = last + 1;
  }
  return ranges;
}

/**
 * A site name left on its own as the first line of a capture ("OpenAI"), recognisable because
 * chrome or a heading follows it.
 */
export function leadingTitleLines(lines: readonly string[]): number[] {
  const nonEmpty = (from: number): number => {
    let i = from;
    while (i < lines.length && lines[i].trim() === '') i++;
    return i;
  };
  const first = nonEmpty(0);
  if (first >= lines.length) return [];
  const text = lines[first].trim();
  if (!/^[\p{L}\p{N}&'\u2019 -]{1,30}$/u.test(text) || text.split(/\s+/).length > 2) return [];
  const next = lines[nonEmpty(first + 1)]?.trim() ?? '';
  return next.startsWith('#') || /^[=-]{3,}$/.test(next) || isChromeLine(next) ? [first] : [];
}

/** Line indexes of chrome blocks: cookie consent dialogs and a lone site name at the top. */
export function chromeBlockLines(lines: readonly string[]): Set<number> {
  const drop = new Set<number>(leadingTitleLines(lines));
  for (const [s, e] of cookieBannerRanges(lines)) for (let i = s; i <= e; i++) drop.add(i);
  return drop;
}

/** Removes cookie consent dialogs and chrome lines from Markdown lines. */
export function dropChrome(lines: readonly string[]): string[] {
  const drop = chromeBlockLines(lines);
  return lines.filter((line, i) => !drop.has(i) && !isChromeLine(line));
}

const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?\b/g;
const RETRIEVAL_LINE =
  /^(?:retrieved|generated|fetched|captured|printed|page generated|last (?:checked|crawled|refreshed))\b/i;

/** Masks what changes with the time of retrieval: timestamps, footer copyright years. */
export function maskRetrievalTime(line: string): string {
  const masked = line.replace(ISO_TIMESTAMP, '<timestamp>');
  const text = core(masked);
  if ((COPYRIGHT_LINE.test(text) && text.split(/\s+/).length <= 15) || RETRIEVAL_LINE.test(text)) {
    return masked.replace(/\d+/g, '#');
  }
  return masked;
}

const ERROR_PAGE =
  /\b(?:page not found|404 (?:error|not found)|access denied|this page (?:could not|can't|cannot) be found|just a moment\.\.\.|attention required|verify you are (?:a )?human|enable javascript and cookies)\b/i;

/** A capture of an error or bot-check page instead of the document (looked for in its opening). */
export function looksLikeErrorPage(markdown: string): boolean {
  const opening = dropChrome(markdown.split(/\r?\n/).slice(0, 40)).join(' ').slice(0, 600);
  return ERROR_PAGE.test(opening);
}
