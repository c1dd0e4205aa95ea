import { collapseSpace } from './text-scan';

export interface CaseName {
  plaintiff?: string;
  defendant?: string;
  /** offset where the name starts */
  start: number;
  /** a year written before the citation, California style: "In re K.F. (2009) 1 U.S. 1" */
  year?: number;
}

const WINDOW = 300;

/** Words that introduce a citation rather than belong to a party name. */
const SIGNALS = new Set([
  'see',
  'cf.',
  'e.g.',
  'e.g.,',
  'accord',
  'accord,',
  'also',
  'also,',
  'but',
  'compare',
  'with',
  'contra',
  'citing',
  'quoting',
  'in',
  'under',
  'following',
  'applying',
  'discussing',
  'overruling',
  'overruled',
  'abrogated',
  'by',
  'aff’d',
  "aff'd",
  'rev’d',
  "rev'd",
  'see,',
  'here,',
  'thus,',
]);

/** Lower-case words that may sit inside a party name. */
const CONNECTORS = new Set([
  'of',
  'the',
  'and',
  '&',
  'de',
  'del',
  'la',
  'le',
  'du',
  'von',
  'van',
  'der',
  'for',
  'on',
  'in',
  'to',
  'a',
  'an',
  'ex',
  'rel.',
  'et',
  'al.',
  'd/b/a',
  'n/k/a',
  'f/k/a',
  'a/k/a',
  'behalf',
]);

/** Text that can sit between a case name and its citation: blanks for unpublished parallels,
 * a California-style year, opening brackets, commas. */
const TRAILING_JUNK = [/(?:_{2,}|—+|-{2,})\s*[A-Z][A-Za-z. ]{0,20}?\s*(?:_{2,}|—+|-{2,})[\s,]*$/, /[\s,[(]+$/];
const TRAILING_YEAR = /\(((?:1[6-9]|20)\d\d)\)\s*$/;

function stripTrailing(s: string): { text: string; year?: number } {
  let text = s;
  let year: number | undefined;
  for (let changed = true; changed;) {
    changed = false;
    for (const re of TRAILING_JUNK) {
      const m = re.exec(text);
      if (m && m[0].length > 0) {
        text = text.slice(0, m.index);
        changed = true;
      }
    }
    const y = TRAILING_YEAR.exec(text);
    if (y && year === undefined) {
      year = Number(y[1]);
      text = text.slice(0, y.index);
      changed = true;
    }
  }
  return { text, year };
}

/** A full stop that ends a sentence rather than an abbreviation ("Corp.", "Inc.", "U.S."). */
function endsSentence(token: string): boolean {
  if (/[;!?]$/.test(token) || /[)\]”"]\.?$/.test(token)) return true;
  if (!token.endsWith('.')) return false;
  const word = token.slice(0, -1).replace(/^[“"'(]+/, '');
  if (/^\d+$/.test(word)) return true;
  if (/^[a-z][a-z’'-]{2,}$/.test(word)) return !CONNECTORS.has(token) && word !== 'seq' && word !== 'rel';
  return false;
}

function hasSentenceBreak(segment: string): boolean {
  if (/;/.test(segment)) return true;
  const tokens = segment.split(/\s+/).filter(Boolean);
  return tokens.slice(0, -1).some(endsSentence);
}

function cleanParty(s: string): string | undefined {
  const party = collapseSpace(s)
    .replace(/^[“"‘'([]+/, '')
    .replace(/[,\s”"’'\])]+$/, '')
    .trim();
  return party === '' ? undefined : party;
}

function plaintiffBefore(before: string): { plaintiff?: string; offset: number } {
  const tokens: { text: string; index: number }[] = [];
  for (const m of before.matchAll(/\S+/g)) tokens.push({ text: m[0], index: m.index ?? 0 });
  let first = tokens.length;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 10; i--) {
    const token = tokens[i].text;
    const bare = token.replace(/^[“"‘'([]+/, '');
    const lower = token.toLowerCase();
    // "(NJ)" in "Tiffany (NJ) Inc." belongs to the name.
    const initials = /^\([A-Z][A-Za-z.]{0,6}\)$/.test(token);
    if (!initials && i < tokens.length - 1 && endsSentence(token)) break;
    if (!initials && (/[;)\]]$/.test(token) || /[;:]/.test(token))) break;
    if (SIGNALS.has(lower) || SIGNALS.has(bare.toLowerCase())) break;
    if (!/^[\p{Lu}\d]/u.test(bare) && !CONNECTORS.has(lower)) break;
    first = i;
    if (bare !== token && !initials) break;
  }
  // Leading connectors and footnote numbers ("1 People v. Beamon", "2, 3, 5 MKB ...") are not names.
  while (
    first < tokens.length &&
    (CONNECTORS.has(tokens[first].text.toLowerCase()) || /^\d+,?$/.test(tokens[first].text))
  )
    first++;
  if (first >= tokens.length) return { offset: before.length };
  const plaintiff = cleanParty(before.slice(tokens[first].index));
  return { plaintiff, offset: tokens[first].index };
}

function trimDefendant(s: string): string | undefined {
  // Drop docket numbers and Louisiana-style docket/page text between the name and the cite.
  const cut = s.search(/,\s*(?:No\.|Nos\.|\d|supra\b)/);
  // A short-name parenthetical ("(“Sony Betamax”)") is not part of the party's name.
  return cleanParty((cut >= 0 ? s.slice(0, cut) : s).replace(/\s*\([^()]*\)?[\s,]*$/, ''));
}

/** Finds "Plaintiff v. Defendant" or "In re Name" just before a citation starting at `citeStart`. */
export function findCaseName(text: string, citeStart: number, floor: number): CaseName | undefined {
  const from = Math.max(floor, citeStart - WINDOW, 0);
  const { text: window, year } = stripTrailing(text.slice(from, citeStart));
  const versus = [...window.matchAll(/(?:^|\s)(v\.?|vs\.?)\s+/g)];
  for (let k = versus.length - 1; k >= 0; k--) {
    const v = versus[k];
    const vStart = (v.index ?? 0) + v[0].indexOf(v[1]);
    const after = window.slice(vStart + v[0].trimStart().length);
    if (hasSentenceBreak(after) || after.length > 160) break;
    const defendant = trimDefendant(after);
    // "eBay Inc." and "iParadigms, LLC" start in lower case.
    if (!defendant || !/^(?:[\p{Lu}\d“"']|\p{Ll}+\p{Lu})/u.test(defendant)) break;
    const { plaintiff, offset } = plaintiffBefore(window.slice(0, vStart));
    if (!plaintiff) break;
    return { plaintiff, defendant, start: from + offset, year };
  }
  const inRe = /(?:^|[\s(])((?:In re|In the Matter of|Matter of|Ex parte|Ex rel\.)\s+)([^;]+)$/.exec(window);
  if (inRe && !hasSentenceBreak(inRe[2])) {
    const defendant = trimDefendant(inRe[2]);
    if (defendant) return { defendant, start: from + (inRe.index ?? 0) + inRe[0].indexOf(inRe[1]), year };
  }
  return year === undefined ? undefined : { start: citeStart, year };
}

/** The name written just before a short form: "Google" in "Google, 804 F.3d at 222". */
export function nameBefore(text: string, start: number, floor: number): string | undefined {
  const from = Math.max(floor, start - 120, 0);
  const window = text.slice(from, start).replace(/[\s,]+$/, '');
  return plaintiffBefore(window).plaintiff;
}
