import * as fs from 'fs';
import { corpusPath } from '@casetrail/testing';
import { linkQuotesToClauses, normalizeQuoteText, shingles, TosClauseText } from './quote-linker';

const CLAUSES: TosClauseText[] = [
  {
    clauseKey: 'use-output-to-develop-models',
    versionId: '00000000-0000-4000-8000-000000000002',
    text: 'You may not use Output to develop models that compete with OpenAI or to train any artificial intelligence model.',
  },
  {
    clauseKey: 'our-use-of-content',
    versionId: '00000000-0000-4000-8000-000000000002',
    text: 'We can use your Content worldwide to provide, maintain, develop, and improve our Services, comply with applicable law, enforce our terms and policies and keep our Services safe.',
  },
];

describe('normalizeQuoteText', () => {
  it('folds case, punctuation, curly apostrophes, diacritics and bracketed alterations', () => {
    expect(normalizeQuoteText('“[W]e can’t—ever—use Café Content.”')).toBe('we cant ever use cafe content');
  });

  it('turns ellipses into fragment breaks', () => {
    expect(normalizeQuoteText('provide . . . improve… safe...')).toBe('provide | improve | safe |');
    expect(shingles('a b c d e | f g', 4)).toEqual(['a b c d', 'b c d e', 'f g']);
  });
});

describe('linkQuotesToClauses', () => {
  it('links a quotation with alterations, an ellipsis and other punctuation to its clause and version', () => {
    const text =
      'Defendant reserved the right to exploit user data: “[w]e can use your content worldwide to provide, maintain, develop . . . ' +
      'and improve our Services.” Compl. ¶ 12.';
    const [link, ...rest] = linkQuotesToClauses(text, CLAUSES);
    expect(rest).toEqual([]);
    expect(link).toMatchObject({
      clauseKey: 'our-use-of-content',
      versionId: CLAUSES[1].versionId,
      key: 'tos:our-use-of-content',
    });
    expect(link.score).toBeGreaterThanOrEqual(0.9);
    expect(text.slice(link.span.start, link.span.end)).toBe(link.matchedText);
    expect(link.matchedText.startsWith('[w]e can use')).toBe(true);
  });

  it('ignores short quotations and quotations of something else', () => {
    const text =
      'The terms call it “Output.” The court held that "the fair use doctrine permits and requires courts to avoid rigid application of the copyright statute."';
    expect(linkQuotesToClauses(text, CLAUSES)).toEqual([]);
  });

  it('numbers pages and uses the caller’s citation key; the first listed clause wins a tie', () => {
    const older = {
      ...CLAUSES[0],
      versionId: '00000000-0000-4000-8000-000000000001',
      citationKey: 'tos:chatgpt/terms#output',
    };
    const newer = { ...older, versionId: '00000000-0000-4000-8000-000000000002' };
    const text = 'Page one.\fPage two: "You may not use Output to develop models that compete with OpenAI."';
    const [link] = linkQuotesToClauses(text, [older, newer], { pageOffsets: [0, text.indexOf('\f') + 1] });
    expect(link).toMatchObject({ page: 2, versionId: older.versionId, key: 'tos:chatgpt/terms#output', score: 1 });
  });

  it('finds the paragraph of the real ChatGPT terms that a brief quotes', () => {
    const dir = corpusPath('tos', 'ChatGPT', 'Terms of Service');
    const latest = fs.readdirSync(dir).sort().at(-1) ?? '';
    const paragraphs = fs
      .readFileSync(`${dir}/${latest}`, 'utf8')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 40);
    const clauses = paragraphs.map((p, i) => ({
      clauseKey: `p${i}`,
      versionId: '00000000-0000-4000-8000-000000000003',
      text: p,
    }));
    const brief =
      'OpenAI tells its users that “[a]s between you and OpenAI, and to the extent permitted by applicable law, you . . . ' +
      'own the Output,” yet it forbids "[u]sing Output to develop models that compete with OpenAI."';
    const links = linkQuotesToClauses(brief, clauses, { minWords: 6 });
    expect(links).toHaveLength(2);
    expect(paragraphs[Number(links[0].clauseKey.slice(1))]).toContain('Ownership of content');
    expect(paragraphs[Number(links[1].clauseKey.slice(1))]).toContain('develop models that compete with OpenAI');
  });
});
