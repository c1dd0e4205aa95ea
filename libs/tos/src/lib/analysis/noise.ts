import { dropChrome, maskRetrievalTime } from './chrome';
import { canonicalDates } from './dates';
import { MD_LINK, cleanInvisible, foldTypography, inlineToPlain, repairMarkdown } from './text';
import { canonicalUrl } from './urls';
import type { NoiseVerdict } from './types';

interface Stage {
  reason: string;
  apply: (lines: string[]) => string[];
}

const BARE_URL = /(?<![(<"])\bhttps?:\/\/[^\s)\]>"]+/g;

function canonicalizeLinks(line: string): string {
  return line
    .replace(MD_LINK, (_m, bang: string, label: string, url: string) => `${bang}[${label}](${canonicalUrl(url)})`)
    .replace(BARE_URL, (url) => canonicalUrl(url));
}

const SETEXT_RULE = /^\s*(?:=+|-+)\s*$/;
const THEMATIC_BREAK = /^\s*(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const TABLE_ALIGN = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function stripMarkup(line: string): string {
  if (SETEXT_RULE.test(line) || THEMATIC_BREAK.test(line) || TABLE_ALIGN.test(line)) return '';
  const body = line
    .replace(/^\s*(?:>\s*)*/, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+])\s+/, '')
    .replace(/\s*\|\s*/g, ' ');
  return canonicalDates(inlineToPlain(body, (url) => url));
}

/** Cumulative stages: two texts equal after stage k differ only by the noise of stages 0..k. */
const STAGES: Stage[] = [
  { reason: 'whitespace', apply: (lines) => lines.map(tidy) },
  {
    reason: 'invisible characters or typography (zero-width, non-breaking spaces, quotes, dashes)',
    apply: (lines) => lines.map((l) => tidy(foldTypography(cleanInvisible(l)))),
  },
  {
    reason: 'link tracking parameters, rotating ids or equivalent URL forms',
    apply: (lines) =>
      repairMarkdown(lines.join('\n'))
        .split('\n')
        .map((l) => tidy(canonicalizeLinks(l))),
  },
  {
    reason: 'page chrome (cookie banner, navigation links, page title, placeholders, retrieval time)',
    apply: (lines) => dropChrome(lines).map(maskRetrievalTime),
  },
  {
    reason: 'Markdown markup (emphasis, headings, list markers, escapes, rules, date format)',
    apply: (lines) => lines.map(stripMarkup),
  },
];

/** One line with single inner spaces and none around; the common case needs no regex replace. */
function tidy(line: string): string {
  const t = line.trim();
  return /\s\s|[\t\n\r\f\v]|\s[.,;:!?)]/.test(t) ? t.replace(/\s+/g, ' ').replace(/ ([.,;:!?)])/g, '$1') : t;
}

function flatten(lines: string[]): string {
  let out = '';
  for (const line of lines) if (line !== '') out = out === '' ? line : `${out} ${line}`;
  return out;
}

/** The snapshot flattened after each cumulative noise stage; the last one is its fingerprint. */
export function noiseStages(markdown: string): string[] {
  let lines = markdown.split(/\r?\n/);
  return STAGES.map((stage) => {
    lines = stage.apply(lines);
    return flatten(lines);
  });
}

/** The text of a snapshot with every kind of noise removed; equal fingerprints mean noise only. */
export function noiseFingerprint(markdown: string): string {
  let lines = markdown.split(/\r?\n/);
  for (const stage of STAGES) lines = stage.apply(lines);
  return flatten(lines);
}

/** Compares precomputed noiseStages() of two snapshots. */
export function compareNoiseStages(a: readonly string[], b: readonly string[]): NoiseVerdict {
  const at = a.findIndex((text, i) => text === b[i]);
  if (at < 0) return { noiseOnly: false };
  return { noiseOnly: true, reason: `differs only by ${STAGES[at].reason}` };
}

/**
 * Whether two consecutive snapshots differ only by noise: whitespace, invisible characters and
 * typography, tracking parameters and rotating ids in links, page chrome, retrieval timestamps and
 * Markdown markup. The reason names the last kind of noise that had to be removed to make them equal.
 */
export function compareForNoise(prevMarkdown: string, nextMarkdown: string): NoiseVerdict {
  if (prevMarkdown === nextMarkdown) return { noiseOnly: true, reason: 'identical' };
  return compareNoiseStages(noiseStages(prevMarkdown), noiseStages(nextMarkdown));
}
