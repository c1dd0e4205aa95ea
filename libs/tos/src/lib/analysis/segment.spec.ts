import { splitInlineEnumeration } from './inline-enumeration';
import { composeLabels, extractLeadingLabel } from './labels';
import { normalizeSnapshot } from './normalize';
import { segmentClauses } from './segment';
import { findDocument, loadTosIndex, readVersion } from '../../testing/tos-corpus';

describe('labels', () => {
  it.each([
    ['(c) **Restrictions**. You may not', '(c)', '**Restrictions**. You may not'],
    ['**a. Minimum age**. You must be', 'a', '**Minimum age**. You must be'],
    ['**a.** Minimum age', 'a', 'Minimum age'],
    ['1.4. Affiliates.', '1.4', 'Affiliates.'],
    ['10.1 _By Us._ We agree', '10.1', '_By Us._ We agree'],
    ['1\\. Registration and Access', '1', 'Registration and Access'],
    ['(iii) use output', '(iii)', 'use output'],
    ['2023 was a year', null, '2023 was a year'],
    ['U.S. law applies', null, 'U.S. law applies'],
  ])('%s', (text, label, rest) => {
    expect(extractLeadingLabel(text)).toEqual({ label, rest });
  });

  it('composes nested labels', () => {
    expect(composeLabels(['(c)', '(iii)'])).toBe('(c)(iii)');
    expect(composeLabels(['3.3', '(e)'])).toBe('3.3(e)');
    expect(composeLabels(['1.4', 'a'])).toBe('1.4.a');
    expect(composeLabels([null, null])).toBeNull();
  });
});

describe('splitInlineEnumeration', () => {
  it('splits a series and keeps the lead-in and the sentence after it', () => {
    const split = splitInlineEnumeration(
      'You may not (i) copy it; (ii) sell it; or (iii), resell it. You will comply with limits.',
    );
    expect(split).toEqual({
      intro: 'You may not',
      items: [
        { label: '(i)', text: 'copy it' },
        { label: '(ii)', text: 'sell it' },
        { label: '(iii)', text: 'resell it.' },
      ],
      tail: 'You will comply with limits.',
    });
  });

  it('follows (h) with alphabetic (i) and ignores references and lone markers', () => {
    const text = Array.from('abcdefghi', (c) => `(${c}) x${c};`).join(' ');
    expect(
      splitInlineEnumeration(text)
        ?.items.map((i) => i.label)
        .pop(),
    ).toBe('(i)');
    expect(splitInlineEnumeration('as set out in Section 2(a) and 2(b) above')).toBeNull();
    expect(splitInlineEnumeration('only one (a) item here')).toBeNull();
  });
});

describe('segmentClauses', () => {
  it('segments headings, paragraphs, nested list items and in-line enumerations', () => {
    const md = [
      '# Terms',
      '## 2. Usage',
      '(c) **Restrictions**. You may not (i) copy; (ii) sell.',
      '- 1.4. Affiliates.',
      '  - a. Usage. Affiliates may use it.',
      '- Plain bullet',
      '| Name | Purpose |\n| --- | --- |\n| \\_ga | Analytics |',
    ]
      .join('\n\n')
      .replace('\n\n  - a.', '\n  - a.');
    const clauses = segmentClauses(md);
    expect(clauses.map((c) => [c.kind, c.label, c.text])).toEqual([
      ['heading', null, 'Terms'],
      ['heading', '2', 'Usage'],
      ['text', '(c)', '**Restrictions**. You may not'],
      ['text', '(c)(i)', 'copy'],
      ['text', '(c)(ii)', 'sell.'],
      ['text', '1.4', 'Affiliates.'],
      ['text', '1.4.a', 'Usage. Affiliates may use it.'],
      ['text', null, 'Plain bullet'],
      ['text', null, 'Name | Purpose'],
      ['text', null, '\\_ga | Analytics'],
    ]);
    expect(clauses[3].headingPath).toEqual(['Terms', '2. Usage']);
    expect(clauses.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('drops page chrome unless asked to keep it', () => {
    const md = 'Usage policies | OpenAI\n\n…\n\n[Home](/)\n\nThese terms apply.';
    expect(segmentClauses(md).map((c) => c.text)).toEqual(['These terms apply.']);
    expect(segmentClauses(md, { keepChrome: true })).toHaveLength(4);
  });

  it("finds OpenAI's (c)(iii) competing-models restriction in the March 2023 Terms of Use", () => {
    const doc = findDocument(loadTosIndex(), 'OpenAI/Terms of Service');
    const clauses = segmentClauses(normalizeSnapshot(readVersion(doc.versions[0]), 'markdown'));
    const clause = clauses.find(
      (c) => c.label === '(c)(iii)' && c.headingPath.some((h) => h.includes('Usage Requirements')),
    );
    expect(clause?.text).toBe('use output from the Services to develop models that compete with OpenAI');
  });

  it('labels the restriction 3.3(e) in the OpenAI Services Agreement', () => {
    const doc = findDocument(loadTosIndex(), 'ChatGPT/Commercial Terms');
    const clauses = segmentClauses(normalizeSnapshot(readVersion(doc.versions[0]), 'markdown'));
    const clause = clauses.find((c) => c.label === '3.3(e)');
    expect(clause?.text).toMatch(/^except for a Permitted Exception, use Output to develop .* compete with OpenAI/);
    expect(clause?.headingPath.at(-1)).toMatch(/Customer obligations/);
  });
});
