import { lawForTemplate, lawIndex } from './law-patterns';
import { parseCourtYear } from './parenthetical';
import { compactKey } from './regex-trie';
import { baseSection, splitSections } from './section-list';
import { bracketGroup, collapseSpace } from './text-scan';
import type { LawCitation, Span } from './types';

const SUBJECT_TEMPLATE = /\{subj\}/;

function render(template: string, values: Record<string, string | undefined>): string {
  return collapseSpace(template.replace(/\{([a-z]+)\}/g, (_, name: string) => values[name] ?? ''));
}

/** The code part of a template: "{t} {r} § {s}" → "{r}", "Cal. {subj} Code § {s}" → "Cal. {subj} Code". */
function codeTemplate(template: string): string {
  const cut = template.search(/\s(?:§|\{s\}|tit\.|ch\.|art\.|No\.|\{[apn]\})/);
  const head = cut < 0 ? template : template.slice(0, cut);
  return head.replace(/^(?:\{[tcvy]\}(?:-\{[cn]\})?\s+)/, '');
}

function trailingParenthetical(text: string, end: number): { year?: number; parenthetical?: string } {
  const group = bracketGroup(text, end);
  if (!group || group.content.length > 80) return {};
  const content = collapseSpace(group.content);
  const year = parseCourtYear(content)?.year ?? /\b((?:1[6-9]|20)\d\d)\b/.exec(content)?.[1];
  return { year: year === undefined ? undefined : Number(year), parenthetical: content };
}

/** Statutes and regulations named by a code in reporters-db: one citation per section. */
export function extractCodeCitations(text: string): LawCitation[] {
  const { patterns, byKey } = lawIndex();
  const out: LawCitation[] = [];
  for (const { template, regex } of patterns) {
    for (const m of text.matchAll(regex)) {
      const g = m.groups ?? {};
      const law = g.r !== undefined ? byKey.get(compactKey(g.r)) : lawForTemplate(template);
      if (!law) continue;
      const values: Record<string, string | undefined> = {
        ...g,
        r: law.a,
        subj: g.subj === undefined ? undefined : collapseSpace(g.subj),
      };
      const code = SUBJECT_TEMPLATE.test(template) ? render(codeTemplate(template), values) : law.a;
      const start = m.index ?? 0;
      const span: Span = { start, end: start + m[0].length };
      const sections = g.s === undefined ? [] : splitSections(g.s);
      const base: LawCitation = {
        type: law.k,
        span,
        matchedText: m[0],
        key: '',
        code,
        sections,
        jurisdiction: law.j,
      };
      if (g.t) base.title = g.t;
      if (g.c) base.chapter = g.c;
      if (g.a) base.article = g.a;
      if (g.v ?? g.y) base.volume = g.v ?? g.y;
      if (g.p) base.lawPage = g.p.replace(/,/g, '');
      if (g.n) base.number = g.n;
      const extra = trailingParenthetical(text, span.end);
      if (extra.year !== undefined) base.year = extra.year;
      if (extra.parenthetical) base.parenthetical = extra.parenthetical;
      const keyValues = { ...values, p: base.lawPage };
      if (sections.length === 0) {
        out.push({ ...base, key: render(template, keyValues) });
      } else {
        for (const section of sections) {
          out.push({ ...base, section, key: render(template, { ...keyValues, s: baseSection(section) }) });
        }
      }
    }
  }
  // Two templates can read the same words ("N.Y. Gen. Bus. Law § 349"); keep one reading.
  const seen = new Set<string>();
  return out
    .filter((c) => {
      const id = `${c.span.start}:${c.span.end}:${c.key}:${c.section ?? ''}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start);
}
