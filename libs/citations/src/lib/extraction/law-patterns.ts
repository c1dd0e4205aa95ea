import { citationData } from './citation-data';
import type { LawData } from './data-types';
import { buildTrieAlternation, compactKey, escapeRegExp } from './regex-trie';
import { SECTION_LIST } from './section-list';

export interface LawPattern {
  template: string;
  regex: RegExp;
}

export interface LawIndex {
  patterns: LawPattern[];
  byKey: Map<string, LawData>;
}

const SECTION_MARKER = String.raw`(?:§§?|[Ss]ec(?:tion)?s?\.?)`;
const SUBJECT_WORD = String.raw`[A-Z][.\-'’A-Za-z]*`;

const PLACEHOLDERS: Record<string, string> = {
  t: String.raw`\d+[A-Z]?`,
  c: String.raw`\d+[A-Za-z]?(?:-\d+[A-Za-z]?)*`,
  a: String.raw`\d+[A-Za-z]?`,
  s: SECTION_LIST,
  n: String.raw`\d+(?:-\d+)?`,
  v: String.raw`\d+`,
  y: String.raw`(?:1[6-9]|20)\d\d`,
  p: String.raw`\d(?:[\d,]*\d)?`,
  subj: String.raw`${SUBJECT_WORD}(?:\s+(?:${SUBJECT_WORD}|&)){0,4}?`,
};

/** Turns one of our templates ("{t} {r} § {s}") into a regex with named groups. */
function compileTemplate(template: string, reporters: string): RegExp {
  const tokens = template.match(/\{[a-z]+\}|§|\s+|[^{}§\s]+/g) ?? [];
  let src = '';
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const prev = tokens[i - 1] ?? '';
    const next = tokens[i + 1] ?? '';
    if (/^\s+$/.test(tok)) {
      // Between two word-like tokens a space is needed; after punctuation or before "§" it is optional.
      const tight = /[.,/]$/.test(prev) || next === '§' || prev === '§' || next.startsWith('/');
      src += tight ? String.raw`,?\s*` : String.raw`,?\s+`;
    } else if (tok === '§') {
      // "28 U.S.C. 1331" without a marker is common enough for title-first codes.
      src += template.startsWith('{t} {r} §') ? `${SECTION_MARKER}?` : SECTION_MARKER;
    } else if (tok.startsWith('{')) {
      const name = tok.slice(1, -1);
      src += name === 'r' ? `(?<r>${reporters})` : `(?<${name}>${PLACEHOLDERS[name]})`;
    } else if (tok === 'No.') {
      src += String.raw`(?:No\.|Number)?`;
    } else if (tok === 'art.') {
      src += String.raw`[Aa]rt\.?`;
    } else {
      src += escapeRegExp(tok).replace(/\\\.(?!$)/g, String.raw`\.\s*`);
    }
  }
  const lead = /^\{[tcvyn]\}/.test(template) ? String.raw`(?<![\w.§\-])` : String.raw`(?<![\w.])`;
  return new RegExp(`${lead}${src}(?![\\w])`, 'g');
}

let cached: LawIndex | undefined;

export function lawIndex(): LawIndex {
  if (cached) return cached;
  const byTemplate = new Map<string, Set<string>>();
  const byKey = new Map<string, LawData>();
  for (const law of citationData().laws) {
    const spellings = [law.a, ...(law.v ?? [])];
    for (const s of spellings) if (!byKey.has(compactKey(s))) byKey.set(compactKey(s), law);
    for (const template of law.f) {
      const set = byTemplate.get(template) ?? new Set<string>();
      spellings.forEach((s) => set.add(s));
      byTemplate.set(template, set);
    }
  }
  const patterns: LawPattern[] = [];
  for (const [template, spellings] of byTemplate) {
    patterns.push({ template, regex: compileTemplate(template, buildTrieAlternation(spellings)) });
  }
  cached = { patterns, byKey };
  return cached;
}

/** The compilation a template without {r} belongs to ("Cal. {subj} Code" → "Cal. Code"). */
export function lawForTemplate(template: string): LawData | undefined {
  return citationData().laws.find((l) => l.f.includes(template));
}

/** Canonical abbreviation of a code spelling ("U.S.C.A." → "U.S.C."), else undefined. */
export function canonicalLawCode(spelling: string): string | undefined {
  return lawIndex().byKey.get(compactKey(spelling))?.a;
}
