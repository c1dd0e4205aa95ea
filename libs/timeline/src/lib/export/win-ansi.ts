// pdfkit's standard 14 fonts encode text as WinAnsi (cp1252): Latin-1 plus these code points.
const CP1252_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '—',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2039': '‹',
  '\u203A': '›',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21D2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2116': 'No.',
  '\u2122': '™',
  '\u2022': '•',
  '\u2023': '•',
  '\u2043': '-',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŧ: 't',
  Ŧ: 'T',
  ŋ: 'n',
  Ŋ: 'N',
  ĸ: 'k',
  ſ: 's',
  ĳ: 'ij',
  Ĳ: 'IJ',
  ŀ: 'l',
  Ŀ: 'L',
};

function encodable(cp: number): boolean {
  return (
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xff) ||
    cp === 0x0a ||
    CP1252_EXTRAS.includes(String.fromCodePoint(cp))
  );
}

// eslint-disable-next-line no-misleading-character-class -- the class lists combining marks on purpose
const DROP = /[\p{Extended_Pictographic}\p{M}\u200B-\u200F\u2060\uFE00-\uFE0F\uFEFF]/u;
const SPACE = /[\t\p{Zs}\u2028\u2029]/u;

/**
 * Makes text printable with the standard PDF fonts: keeps what WinAnsi can show, decomposes accented
 * letters it lacks (ő → o), maps common typography, drops emoji and marks, and shows '?' for
 * characters of other scripts instead of silently emitting missing glyphs.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  let dropped = false;
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (encodable(cp)) {
      out += ch;
    } else if (REPLACEMENTS[ch] !== undefined) {
      out += REPLACEMENTS[ch];
    } else if (SPACE.test(ch)) {
      out += ' ';
    } else if (DROP.test(ch) || cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
      dropped = true;
    } else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base && [...base].every((c) => encodable(c.codePointAt(0) ?? 0)) ? base : '?';
    }
  }
  // "ruling 🤖 on" would otherwise print with a double space.
  return dropped ? out.replace(/ {2,}/g, ' ').trim() : out;
}
