/*
 * Writes libs/citations/src/data/reporters.json (our compact format, see
 * src/lib/extraction/data-types.ts) from the reporters-db copy in the shared corpus
 * (../shared/corpus/citations/reporters-db). From the repository root:
 *
 *   npm run citations:reporters            # rewrites the committed file
 *   npm run citations:reporters -- out.json  # writes elsewhere
 *
 * (the script compiles the workspace with tools/build.mjs and runs
 * dist/libs/citations/scripts/generate-reporters.js). src/lib/extraction/generated-data.spec.ts
 * fails when the committed file differs from a fresh build.
 */
import * as fs from 'fs';
import * as path from 'path';
import { corpusPath, workspaceRoot } from '@casetrail/testing';
import type { CitationData, EditionData, JournalData, LawData, ReporterData } from '../src/lib/extraction/data-types';

interface RawEdition {
  start: string | null;
  end: string | null;
  regexes?: string[];
}
interface RawReporter {
  cite_type: string;
  editions: Record<string, RawEdition>;
  variations: Record<string, string>;
}
interface RawLaw {
  cite_type: string;
  jurisdiction: string;
  regexes: string[];
  variations: string[];
}
interface RawJournal {
  variations: string[];
}

const LAW_TYPES: Record<string, LawData['k']> = {
  leg_statute: 'statute',
  leg_session: 'statute',
  leg_act: 'statute',
  admin_compilation: 'regulation',
  admin_register: 'regulation',
};

/** reporters-db law regex (exact text) → our template; unlisted shapes are left out. */
const LAW_TEMPLATES: Record<string, string> = {
  '$reporter § $law_section': '{r} § {s}',
  '$reporter $law_section': '{r} {s}',
  '$reporter (?P<rule>\\d+)': '{r} {s}',
  '$reporter (?P<reg>\\d+)': '{r} {s}',
  '$reporter r\\. $law_section': '{r} r. {s}',
  '$reporter r. $law_section': '{r} r. {s}',
  '$reporter tit\\. (?P<title>\\d+), § $law_section': '{r} tit. {t}, § {s}',
  '$reporter tit\\. (?P<title>\\d+) § $law_section': '{r} tit. {t}, § {s}',
  '$reporter tit\\. (?P<title>\\d+), § $law_section $law_year': '{r} tit. {t}, § {s}',
  '$reporter ch\\. (?P<chapter>\\d+), § $law_section': '{r} ch. {c}, § {s}',
  '(?P<title>\\d+) $reporter § $law_section': '{t} {r} § {s}',
  '(?P<chapter>\\d+) $reporter,? § $law_section': '{t} {r} § {s}',
  '(?P<chapter>\\d+) $reporter § $law_section': '{t} {r} § {s}',
  '$volume $reporter § $law_section': '{t} {r} § {s}',
  '(?P<title>\\d+),?\\s+$reporter,?\\s+$section_marker\\s*$law_section': '{t} {r} § {s}',
  '(?P<title>\\d+) $reporter $law_section': '{t} {r} {s}',
  '(?P<title>\\d+) $reporter (?P<rule>\\d+)': '{t} {r} {s}',
  '$volume $reporter (?P<rule>\\d+)': '{t} {r} {s}',
  '$volume $reporter (?P<reg>\\d+)': '{t} {r} {s}',
  '(?P<title>\\d+)\\-(?P<chapter>\\d+) $reporter § $law_section': '{t}-{c} {r} § {s}',
  '(?P<chapter>\\d+-\\d+-\\d+) $reporter § $law_section': '{c} {r} § {s}',
  '(?P<chapter>\\d+) $reporter (?P<act>\\d+) / $law_section': '{c} {r} {a}/{s}',
  '$reporter art (?P<article>\\d+)': '{r} art. {a}',
  '$reporter art (?P<article>\\d+), § $law_section': '{r} art. {a}, § {s}',
  '$reporter $law_subject (?P<rule>\\d+)': '{r} {subj} {s}',
  '$reporter $law_subject § $law_section': '{r} {subj} § {s}',
  '$reporter, $law_subject § $law_section': '{r}, {subj} § {s}',
  '$reporter (?P<agency>[A-Z][A-Za-z]+) § $law_section': '{r} {subj} § {s}',
  '(?P<reporter>Cal\\. $law_subject Code) § $law_section': 'Cal. {subj} Code § {s}',
  '(?P<reporter>N\\.Y\\. $law_subject Law) § $law_section': 'N.Y. {subj} Law § {s}',
  '(?P<reporter>Tex\\. $law_subject Code Ann\\.) § $law_section': 'Tex. {subj} Code Ann. § {s}',
  '$law_year $reporter $page_with_commas': '{y} {r} {p}',
  '$volume $reporter $page_with_commas': '{v} {r} {p}',
  '(?P<issue>\\d+) $reporter $page_with_commas': '{v} {r} {p}',
  '$law_year\\-(?P<pamphlet>\\d+) $reporter $page_with_commas': '{y}-{n} {r} {p}',
  '$reporter \\s*(?:No\\.|Number)?\\s*(?P<title>\\d{1,3}-\\d{1,5}),?\\s*(?:§|Sec|sec|Section|section)?[§|s]?\\.?\\s*$law_section?':
    '{r} No. {n}',
  '$reporter \\s*(?:No\\.|Number)?\\s*(?P<title>\\d{1,3}-\\d{1,5})': '{r} No. {n}',
};

function year(iso: string | null): number | null {
  return iso ? Number(iso.slice(0, 4)) : null;
}

function editionFlags(regexes: string[] | undefined): string {
  const all = (regexes ?? []).join('\n');
  let flags = '';
  if (all.includes('format_neutral') || all.includes('$volume_year\\s-$reporter-')) flags += 'D';
  if (all.includes('year_page') || all.includes('$reporter $volume_year-$page')) flags += 'Y';
  if (all.includes('louisiana')) flags += 'L';
  if (all.includes('roman_numerals')) flags += 'R';
  return flags;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(corpusPath('citations', 'reporters-db', file), 'utf8')) as T;
}

function buildReporters(): ReporterData[] {
  const raw = readJson<Record<string, RawReporter[]>>('reporters.json');
  const out: ReporterData[] = [];
  for (const name of Object.keys(raw).sort()) {
    for (const r of raw[name]) {
      const editions: EditionData[] = Object.keys(r.editions)
        .sort()
        .map((abbr) => {
          const e = r.editions[abbr];
          const ed: EditionData = { a: abbr, s: year(e.start), e: year(e.end) };
          const flags = editionFlags(e.regexes);
          if (flags) ed.f = flags;
          const variants = Object.keys(r.variations)
            .filter((v) => r.variations[v] === abbr && v !== abbr)
            .sort();
          if (variants.length) ed.v = variants;
          return ed;
        });
      out.push({ a: name, t: r.cite_type, e: editions });
    }
  }
  return out;
}

function buildLaws(skipped: string[]): LawData[] {
  const raw = readJson<Record<string, RawLaw[]>>('laws.json');
  const out: LawData[] = [];
  for (const name of Object.keys(raw).sort()) {
    for (const law of raw[name]) {
      const kind = LAW_TYPES[law.cite_type];
      if (!kind) continue;
      const templates: string[] = [];
      for (const re of law.regexes) {
        const t = LAW_TEMPLATES[re];
        if (t === undefined) skipped.push(`${name}: ${re}`);
        else if (!templates.includes(t)) templates.push(t);
      }
      if (!templates.length) continue;
      const entry: LawData = { a: name, k: kind, j: law.jurisdiction, f: templates };
      const variants = law.variations.filter((v) => v !== name).sort();
      if (variants.length) entry.v = variants;
      out.push(entry);
    }
  }
  return out;
}

function buildJournals(): JournalData[] {
  const raw = readJson<Record<string, RawJournal[]>>('journals.json');
  const out: JournalData[] = [];
  for (const name of Object.keys(raw).sort()) {
    const variants = [...new Set(raw[name].flatMap((j) => j.variations))].filter((v) => v !== name).sort();
    out.push(variants.length ? { a: name, v: variants } : { a: name });
  }
  return out;
}

export function buildCitationData(skipped: string[] = []): CitationData {
  const source = fs.readFileSync(corpusPath('citations', 'reporters-db', 'SOURCE.txt'), 'utf8');
  const commit = /commit ([0-9a-f]{7,40})/.exec(source)?.[1] ?? 'unknown';
  return {
    source: `freelawproject/reporters-db@${commit.slice(0, 12)} (BSD-2-Clause, Free Law Project); facts only`,
    reporters: buildReporters(),
    laws: buildLaws(skipped),
    journals: buildJournals(),
  };
}

export function serializeCitationData(data: CitationData): string {
  return JSON.stringify(data) + '\n';
}

if (require.main === module) {
  const target = path.resolve(
    process.argv[2] ?? path.join(workspaceRoot(), 'libs', 'citations', 'src', 'data', 'reporters.json'),
  );
  const skipped: string[] = [];
  const text = serializeCitationData(buildCitationData(skipped));
  fs.writeFileSync(target, text);
  process.stdout.write(`wrote ${target} (${text.length} bytes); law shapes left out: ${skipped.length}\n`);
  for (const s of skipped) process.stdout.write(`  ${s}\n`);
}
