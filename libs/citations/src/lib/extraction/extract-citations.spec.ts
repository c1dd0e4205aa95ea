import { CitationError, CitationErrorCode } from '../citations-error';
import { extractCitations } from './extract-citations';

const BRIEF = [
  'Authors Guild v. Google, Inc., 804 F.3d 202, 217 (2d Cir. 2015).',
  'Id. at 218.',
  'See 17 U.S.C. § 107(1).',
  'Id. § 107(2).',
  'Google, 804 F.3d at 214.',
  'Authors Guild, supra, at 220.',
  'Plaintiffs filed suit, No. 1:23-cv-11195 (ECF No. 231 at 4).',
  'See supra Part II.',
].join(' ');

describe('extractCitations', () => {
  const list = extractCitations(BRIEF);

  it('returns citations in text order with spans that point at the matched text', () => {
    expect(list.map((c) => c.type)).toEqual(['case', 'id', 'statute', 'id', 'short_case', 'supra', 'docket', 'ecf']);
    for (const c of list) expect(BRIEF.slice(c.span.start, c.span.end)).toBe(c.matchedText);
    const starts = list.map((c) => c.span.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('links short forms, Id. and supra to their full citation', () => {
    const [, id1, statute, id2, short, supra] = list;
    expect(id1).toMatchObject({ antecedentIndex: 0, key: '804 F.3d 202', pinCite: '218' });
    expect(id2).toMatchObject({ antecedentIndex: 2, key: statute.key, pinCite: '§ 107(2)' });
    expect(short).toMatchObject({ antecedentIndex: 0, key: '804 F.3d 202', pinCite: '214' });
    expect(supra).toMatchObject({ antecedentIndex: 0, key: '804 F.3d 202', antecedentGuess: 'Authors Guild' });
  });

  it('numbers pages from page offsets', () => {
    const secondPage = BRIEF.indexOf('Google, 804');
    const paged = extractCitations(BRIEF, { pageOffsets: [0, secondPage] });
    expect(paged.map((c) => c.page)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    expect(list.every((c) => c.page === undefined)).toBe(true);
  });

  it('prefers the longer reading when extractors overlap', () => {
    // Not a docket "No. 94-553", and not a bare "§ 106(2)" inside the Id.
    const found = extractCitations('Pub. L. No. 94-553 and id. at § 106(2)');
    expect(found.map((c) => `${c.type} ${c.matchedText}`)).toEqual([
      'statute Pub. L. No. 94-553',
      'id id. at § 106(2)',
    ]);
  });

  it('rejects page offsets that are not ascending', () => {
    expect(() => extractCitations(BRIEF, { pageOffsets: [0, 50, 20] })).toThrow(CitationError);
    expect(() => extractCitations(BRIEF, { pageOffsets: [-1] })).toThrow(
      expect.objectContaining({ code: CitationErrorCode.InvalidPageOffsets }),
    );
  });
});
