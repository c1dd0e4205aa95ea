// Title-casing in the New York Times style that court data conventionally uses: small words stay
// lower case except at either end, known acronyms stay upper case, mixed-case words are kept.

const PUNCT = `!"#$¢%&'‘()*+,\\-./:;?@[\\\\\\]_—\`{|}~`;
const SMALL = 'a|an|and|as|at|but|by|en|for|if|in|is|of|on|or|the|to|v\\.?|via|vs\\.?';
const ACRONYMS =
  '3D|AFL|AKA|A/K/A|BMG|CBS|CDC|CDT|CEO|CIO|CNMI|D/B/A|DOJ|DVA|EFF|FCC|FTC|HSBC|IBM|II|III|IV|JJ|LLC|LLP|' +
  'MCI|MJL|MSPB|ND|NLRB|PTO|SD|UPS|RSS|SEC|UMG|US|USA|USC|USPS|WTO';
const ACCENTED = '¼½¾§ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜßàáâãäåæçèéêëìíîïñòóôœõöøùúûüÿ';

const SMALL_INLINE = new RegExp(`(^|\\s)(${SMALL})(\\s|$)`, 'gi');
const SMALL_WORD = new RegExp(`^(${SMALL})$`, 'i');
const ACRONYM_WORD = new RegExp(`^(${ACRONYMS})[${PUNCT}]?$`, 'i');
const INNER_PERIOD = /[a-z][.][a-z]/i;
const INNER_SLASH = /[a-z][/][a-z]/i;
const INNER_AMPERSAND = /^([a-z][&][a-z])(.*)$/is;
const MIXED_CASE = new RegExp(`^[${PUNCT}]*?[a-zA-Z]+[A-Z]`);
const FIRST_LETTER = new RegExp(`^([${PUNCT}]*?)([A-Za-z])`);
const SMALL_AT_START = new RegExp(`^([${PUNCT}]*)(${SMALL})\\b`, 'i');
const SMALL_AT_END = new RegExp(`\\b(${SMALL})[${PUNCT}]?$`, 'i');
const SMALL_AFTER_COLON = new RegExp(`([:;?!] )(${SMALL})`, 'g');
const ELIDED_PREFIX = /^[dol]['‘][a-z]+$/i;
const SHOUTED_LINE = new RegExp(`^[A-Z\\s${PUNCT}${ACCENTED}0-9]+$`);
const INITIALS = /^(?:[A-Z]\.|[A-Z]\.[A-Z])+,?$/;
const MC_NAME = /^([Mm]c)(\w+.*)$/s;

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** True when s has cased letters and all of them are upper case. */
function isShouted(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

function upperSingleLetters(word: string, sep: string): string {
  return word
    .split(sep)
    .map((p) => (p.length === 1 ? p.toUpperCase() : p))
    .join(sep);
}

function titleWord(raw: string, shoutedLine: boolean): string {
  let word = raw;
  if (shoutedLine) {
    if (INITIALS.test(word)) return word;
    word = word.toLowerCase();
  }
  if (ELIDED_PREFIX.test(word)) return word.slice(0, 3).toUpperCase() + word.slice(3);
  if (INNER_PERIOD.test(word)) return upperSingleLetters(word, '.');
  if (INNER_SLASH.test(word)) return upperSingleLetters(word, '/');
  const amp = INNER_AMPERSAND.exec(word);
  if (amp) return amp[1].toUpperCase() + amp[2];
  if (MIXED_CASE.test(word)) return word;
  if (SMALL_WORD.test(word)) return word.toLowerCase();
  if (ACRONYM_WORD.test(word)) return word.toUpperCase();
  const mc = MC_NAME.exec(word);
  if (mc) return capitalize(mc[1]) + capitalize(mc[2]);
  return word
    .split('-')
    .map((part) => part.replace(FIRST_LETTER, (_m, lead: string, letter: string) => lead + letter.toUpperCase()))
    .join('-');
}

export function titlecase(input: string): string {
  let text = input;
  if (isShouted(text.replace(SMALL_INLINE, ''))) text = text.toLowerCase();
  const lines = text.split(/[\r\n]+/).map((line) => {
    const shouted = SHOUTED_LINE.test(line);
    let result = line
      .split(/[\t ]/)
      .map((w) => titleWord(w, shouted))
      .join(' ');
    result = result.replace(SMALL_AT_START, (_m, lead: string, small: string) => lead + capitalize(small));
    result = result.replace(SMALL_AT_END, (m: string) => capitalize(m));
    result = result.replace(SMALL_AFTER_COLON, (_m, lead: string, small: string) => lead + capitalize(small));
    return result;
  });
  return lines.join('\n').replace(/\WV\.\W/g, ' v. ');
}
