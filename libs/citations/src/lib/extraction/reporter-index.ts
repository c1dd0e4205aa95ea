import { citationData } from './citation-data';
import { buildTrieAlternation, compactKey } from './regex-trie';

export interface EditionRef {
  edition: string;
  reporter: string;
  citeType: string;
  start: number | null;
  end: number | null;
  flags: string;
}

export interface ReporterIndex {
  editions: Map<string, EditionRef[]>;
  journals: Map<string, string>;
  /** reporter and journal spellings, for "volume reporter page" */
  standard: string;
  /** editions cited "2006-Ohio-2095" */
  neutral: string;
  /** editions cited "T.C. Memo. 2019-233" */
  yearPage: string;
  /** Louisiana "2009 1359 (La.App. 1 Cir. 05/10/10)" */
  louisiana: string;
}

let cached: ReporterIndex | undefined;

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function reporterIndex(): ReporterIndex {
  if (cached) return cached;
  const data = citationData();
  const editions = new Map<string, EditionRef[]>();
  const spellings = new Set<string>();
  const byFlag: Record<'D' | 'Y' | 'L', Set<string>> = { D: new Set(), Y: new Set(), L: new Set() };
  for (const r of data.reporters) {
    for (const e of r.e) {
      const ref: EditionRef = { edition: e.a, reporter: r.a, citeType: r.t, start: e.s, end: e.e, flags: e.f ?? '' };
      for (const spelling of [e.a, ...(e.v ?? [])]) {
        add(editions, compactKey(spelling), ref);
        spellings.add(spelling);
        for (const flag of ['D', 'Y', 'L'] as const) if (ref.flags.includes(flag)) byFlag[flag].add(spelling);
      }
    }
  }
  const journals = new Map<string, string>();
  for (const j of data.journals) {
    for (const spelling of [j.a, ...(j.v ?? [])]) {
      const key = compactKey(spelling);
      if (!editions.has(key) && !journals.has(key)) journals.set(key, j.a);
      spellings.add(spelling);
    }
  }
  cached = {
    editions,
    journals,
    standard: buildTrieAlternation(spellings),
    neutral: buildTrieAlternation(byFlag.D),
    yearPage: buildTrieAlternation(byFlag.Y),
    louisiana: buildTrieAlternation(byFlag.L),
  };
  return cached;
}

function inRange(ref: EditionRef, year: number): boolean {
  return (ref.start === null || ref.start <= year) && (ref.end === null || year <= ref.end);
}

/**
 * The edition a spelling stands for. Several editions share some spellings ("Ohio", "Hill"); the
 * year of the decision and a year-shaped volume decide, then an exact spelling, then data order.
 */
export function pickEdition(found: string, year?: number, volume?: string): EditionRef | undefined {
  const key = compactKey(found);
  const candidates = reporterIndex().editions.get(key);
  if (!candidates) return undefined;
  if (candidates.length === 1) return candidates[0];
  const volumeYear = volume && /^(1[6-9]|20)\d\d$/.test(volume) ? Number(volume) : undefined;
  let best = candidates[0];
  let bestScore = -1;
  for (const ref of candidates) {
    let score = 0;
    if (year !== undefined && inRange(ref, year)) score += 4;
    if (volumeYear !== undefined && /[DY]/.test(ref.flags) && inRange(ref, volumeYear)) score += 2;
    if (compactKey(ref.edition) === key) score += 1;
    if (score > bestScore) {
      best = ref;
      bestScore = score;
    }
  }
  return best;
}

/** Canonical edition abbreviation for a reporter spelling ("F.Supp.3d" → "F. Supp. 3d"), else null. */
export function normalizeReporter(found: string): string | null {
  return pickEdition(found)?.edition ?? null;
}

export function journalFor(found: string): string | undefined {
  return reporterIndex().journals.get(compactKey(found));
}
