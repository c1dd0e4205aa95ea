import { load } from 'cheerio';

const COMMON: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes HTML character references; the rare named ones beyond the basic few go through an HTML parser. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  let needsParser = false;
  const out = s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (m, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    const known = COMMON[ref.toLowerCase()];
    if (known === undefined) needsParser = true;
    return known ?? m;
  });
  return needsParser ? load(out.replace(/</g, '&lt;'), null, false).text() : out;
}
