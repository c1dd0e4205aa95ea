import * as fs from 'node:fs';
import { corpusPath } from '@casetrail/testing';
import { segmentClauses } from '@casetrail/tos';
import {
  buildClauseIndex,
  linkQuotesToClauses,
  normalizeQuoteText,
  plainClauseText,
  TosClauseText,
} from './quote-linker';

/*
 * Precision and recall of quote linking on a test set built from the real corpus terms:
 * quotations of real clauses altered the way briefs alter them (positives), and near-miss
 * paraphrases, clauses of providers whose terms are not indexed, and the real quotations of the
 * Bartz filings (negatives). Deterministic: a seeded generator picks clauses and alterations.
 */

interface IndexEntry {
  service: string;
  provider: string;
  documentType: string;
  path: string;
  versions: { recordedAt: string; file: string }[];
}

const INDEXED = [
  'ChatGPT/Terms of Service',
  'ChatGPT/Commercial Terms',
  'Claude.ai/Terms of Service',
  'Claude.ai/Commercial Terms',
  'Stability AI/Terms of Service',
  'Llama API/Terms of Service',
  'Google Generative AI Services/Terms of Service',
  'Midjourney/Terms of Service',
  'Le Chat/Terms of Service',
  'DeepSeek/Terms of Service',
  'Codeium/Terms of Service',
  'Fireworks AI/Terms of Service',
];
/** Providers whose terms are quoted but not tracked here: a quotation of them must link to nothing. */
const HELD_OUT = ['Qwen Chat/Terms of Service', 'Kimi AI/Terms of Service', 'Replicate/Terms of Service'];

const index = JSON.parse(fs.readFileSync(corpusPath('tos', 'index.json'), 'utf8')) as IndexEntry[];

function latestClauses(folder: string): { entry: IndexEntry; texts: string[] } {
  const entry = index.find((d) => d.path.replace(/\.md$/, '') === folder);
  if (!entry) throw new Error(`no ${folder}`);
  const latest = entry.versions[entry.versions.length - 1];
  const markdown = fs.readFileSync(corpusPath('tos', latest.file), 'utf8');
  const texts = segmentClauses(markdown)
    .filter((c) => c.kind === 'text')
    .map((c) => c.text);
  return { entry, texts };
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The clause's words as a brief quotes them: double quotes inside the quotation become single quotes. */
const words = (text: string) =>
  plainClauseText(text)
    .replace(/[“"](?=\S)/g, '‘')
    .replace(/[”"]/g, '’')
    .split(/\s+/)
    .filter(Boolean);

/** The ways briefs quote a clause; each returns the quotation as it appears in the filing. */
const ALTERATIONS: Record<string, (w: string[], provider: string) => string> = {
  verbatim: (w) => `"${w.slice(0, 22).join(' ')}"`,
  curlyBracketed: (w) => {
    const first = w[0].replace(/^\W*/, '');
    const swapped = first[0] === first[0].toUpperCase() ? first[0].toLowerCase() : first[0].toUpperCase();
    return `“[${swapped}]${first.slice(1)} ${w.slice(1, 20).join(' ')}”`;
  },
  ellipsis: (w) => `“${w.slice(0, 9).join(' ')} . . . ${w.slice(13, 26).join(' ')}”`,
  lineBreaks: (w) => {
    const out = w.slice(0, 24).map((word, i) => {
      if (i % 8 === 7 && /^[a-z]{8,}$/i.test(word)) return `${word.slice(0, 4)}-\n${word.slice(4)}`;
      return i % 8 === 7 ? `${word}\n` : word;
    });
    return `"${out.join(' ').replace(/\n /g, '\n')}"`;
  },
  split: (w) => `“${w.slice(0, 7).join(' ')},” the terms continue. “${w.slice(7, 16).join(' ')}”`,
  mixedQuotes: (w) => `“${w.slice(2, 20).join('  ')}"`,
};

function filing(quote: string, provider: string, i: number): string {
  const lead =
    i % 2 === 0
      ? `Defendant ${provider}'s published terms provide that ${quote}. Compl. ¶ ${40 + i}.`
      : `The governing terms state that ${quote}. See Ex. ${i}.`;
  return `As the record shows, plaintiffs relied on the terms. ${lead} Nothing else in the terms is to the contrary.`;
}

const PARAPHRASES = [
  'users are barred from employing anything the system generates in order to build rival artificial intelligence systems',
  'a customer may not rely on generated material to create a competing machine learning product of its own',
  'the company may review what you submit and may use it for the purpose of making its systems better over time',
  'you are the owner of whatever the service produces for you and the provider gives up any claim to it',
  'if you would rather your conversations not be used for improving the technology you can change a setting',
  'none of these materials may be harvested by automated tools or bots without prior written permission',
];

describe('quote linking on a test set built from the corpus terms', () => {
  const clauses: TosClauseText[] = [];
  const expected = new Map<string, Set<number>>();
  for (const folder of INDEXED) {
    const { entry, texts } = latestClauses(folder);
    texts.forEach((text, i) => {
      clauses.push({
        clauseKey: `${folder}#${i}`,
        versionId: '00000000-0000-4000-8000-000000000001',
        text,
        provider: entry.provider,
        names: [entry.service],
      });
      const norm = normalizeQuoteText(plainClauseText(text));
      const same = expected.get(norm) ?? new Set<number>();
      same.add(clauses.length - 1);
      expected.set(norm, same);
    });
  }
  const clauseIndex = buildClauseIndex(clauses);

  it('links altered quotations to their clause and nothing else: precision and recall', () => {
    const random = mulberry32(17);
    const kinds = Object.keys(ALTERATIONS);
    let positives = 0;
    let correct = 0;
    let wrong = 0;
    let negatives = 0;
    let falseLinks = 0;
    const misses: string[] = [];

    // Positives: up to 10 clauses of 26 words or more per indexed document.
    clauses.forEach((clause, i) => {
      if (words(clause.text).length < 26 || random() > 0.35) return;
      const kind = kinds[positives % kinds.length];
      const quote = ALTERATIONS[kind](words(clause.text), clause.provider ?? '');
      const text = filing(quote, clause.provider ?? '', positives);
      positives += 1;
      const ok = expected.get(normalizeQuoteText(plainClauseText(clause.text))) ?? new Set([i]);
      const links = linkQuotesToClauses(text, clauseIndex);
      const hit = links.find((l) => ok.has(clauses.findIndex((c) => c.clauseKey === l.clauseKey)));
      if (hit) correct += 1;
      else misses.push(`${kind}: ${clause.clauseKey}`);
      const isRight = (key: string) => ok.has(clauses.findIndex((c) => c.clauseKey === key));
      wrong += links.filter((l) => !isRight(l.clauseKey)).length;
    });

    // Negatives: held-out providers' clauses, verbatim and altered.
    for (const folder of HELD_OUT) {
      const { entry, texts } = latestClauses(folder);
      texts.forEach((text, i) => {
        if (words(text).length < 26 || i % 2 === 1) return;
        const kind = kinds[negatives % kinds.length];
        negatives += 1;
        falseLinks += linkQuotesToClauses(
          filing(ALTERATIONS[kind](words(text), ''), entry.provider, i),
          clauseIndex,
        ).length;
      });
    }
    // Negatives: near-miss paraphrases.
    for (const [i, paraphrase] of PARAPHRASES.entries()) {
      negatives += 1;
      falseLinks += linkQuotesToClauses(filing(`"${paraphrase}"`, 'OpenAI', i), clauseIndex).length;
    }
    // Negatives: every quotation of the two real Bartz filings (case law, the complaint's sources).
    for (const file of [
      'bartz-v-anthropic_3-24-cv-05417_ecf1_class-action-complaint_2024-08-19.txt',
      'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.txt',
    ]) {
      const text = fs.readFileSync(corpusPath('filings', 'text', file), 'utf8');
      negatives += (text.match(/[“"][^“”"]{12,3000}[”"]/g) ?? []).length;
      falseLinks += linkQuotesToClauses(text, clauseIndex).length;
    }

    const precision = correct / (correct + wrong + falseLinks);
    const recall = correct / positives;
    // Printed for docs/citations.md; the figures below are what this fixed set gives.
    console.log(
      `tos quote linking: ${positives} positives, ${negatives} negatives; correct ${correct}, wrong clause ${wrong}, ` +
        `false links ${falseLinks}; precision ${(precision * 100).toFixed(1)}% recall ${(recall * 100).toFixed(1)}%` +
        (misses.length ? `\nmissed: ${misses.join('; ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect({ positives, negatives, correct, wrong, falseLinks }).toEqual({
      positives: 313,
      negatives: 313,
      correct: 308,
      wrong: 1,
      falseLinks: 3,
    });
  });

  it('tells the near-identical Anthropic and Stability AI "compete" clauses apart, or links neither', () => {
    const anthropic = clauses.find(
      (c) => c.provider === 'Anthropic' && /develop any products or services that compete/.test(c.text),
    );
    const stability = clauses.find(
      (c) => c.provider === 'Stability AI' && /develop products or services that compete/.test(c.text),
    );
    expect(anthropic && stability).toBeTruthy();
    if (!anthropic || !stability) return;
    // Verbatim, the wording differs enough ("any products", "algorithms or models").
    const [a] = linkQuotesToClauses(`The terms forbid using Claude "${plainClauseText(anthropic.text)}"`, clauseIndex);
    expect(a?.clauseKey).toBe(anthropic.clauseKey);
    const [s] = linkQuotesToClauses(`Its terms forbid users "${plainClauseText(stability.text)}"`, clauseIndex);
    expect(s?.clauseKey).toBe(stability.clauseKey);
    // The words both share: ambiguous without a name, Anthropic's when the brief names Anthropic.
    const shared =
      '"products or services that compete with our Services, including to develop or train any artificial intelligence"';
    expect(linkQuotesToClauses(`The terms forbid users to ${shared}.`, clauseIndex)).toEqual([]);
    const named = linkQuotesToClauses(`Anthropic's Consumer Terms forbid users to ${shared}.`, clauseIndex);
    expect(named.map((l) => clauses.find((c) => c.clauseKey === l.clauseKey)?.provider)).toEqual(['Anthropic']);
  });

  it('does not link OpenAI\'s "compete" clause to another provider when OpenAI\'s terms are not indexed', () => {
    const withoutOpenAi = buildClauseIndex(clauses.filter((c) => c.provider !== 'OpenAI'));
    const text = 'OpenAI forbids "[u]sing Output to develop models that compete with OpenAI."';
    expect(linkQuotesToClauses(text, withoutOpenAi)).toEqual([]);
    expect(linkQuotesToClauses(text, clauseIndex)).toHaveLength(1);
  });
});
