import { extractCaseCitations } from './case-citations';
import type { CaseLikeCitation } from './case-citations';
import type { CaseCitation, JournalCitation, ShortCaseCitation } from './types';

function only<T extends CaseLikeCitation['type']>(
  list: CaseLikeCitation[],
  type: T,
): Extract<CaseLikeCitation, { type: T }>[] {
  return list.filter((c): c is Extract<CaseLikeCitation, { type: T }> => c.type === type);
}

describe('extractCaseCitations', () => {
  it('reads volume, reporter, page, pin, court, year and parties', () => {
    const text = 'See Authors Guild v. Google, Inc., 804 F.3d 202, 217 (2d Cir. 2015) (quoted); next.';
    const [c] = only(extractCaseCitations(text), 'case');
    expect(c).toMatchObject<Partial<CaseCitation>>({
      key: '804 F.3d 202',
      volume: '804',
      reporter: 'F.3d',
      reporterPage: '202',
      pinCite: '217',
      court: '2d Cir.',
      year: 2015,
      plaintiff: 'Authors Guild',
      defendant: 'Google, Inc.',
      parenthetical: 'quoted',
      matchedText: '804 F.3d 202, 217',
    });
    expect(text.slice(c.fullSpan.start, c.fullSpan.end)).toBe(
      'Authors Guild v. Google, Inc., 804 F.3d 202, 217 (2d Cir. 2015) (quoted)',
    );
  });

  it('normalises reporter spellings and tolerates line breaks inside the citation', () => {
    const [c] = only(extractCaseCitations('Ross Intell. Inc., 765 F.Supp.3d\n382, 398 (D. Del. 2025)'), 'case');
    expect(c.key).toBe('765 F. Supp. 3d 382');
    expect(c.reporterFound).toBe('F.Supp.3d');
  });

  it('shares name and year across parallel citations', () => {
    const list = only(
      extractCaseCitations('(People v. Rosales (1968) 68 Cal.2d 299, 304 [66 Cal.Rptr. 1, 437 P.2d 489].)'),
      'case',
    );
    expect(list.map((c) => c.key)).toEqual(['68 Cal. 2d 299', '66 Cal. Rptr. 1', '437 P.2d 489']);
    expect(list.every((c) => c.defendant === 'Rosales' && c.year === 1968)).toBe(true);
  });

  it('reads short forms with their pin cites and the name before them', () => {
    const [s] = only(extractCaseCitations('as noted. Google, 804 F.3d at 225, 228 (Judge Leval).'), 'short_case');
    expect(s).toMatchObject<Partial<ShortCaseCitation>>({
      volume: '804',
      reporter: 'F.3d',
      pinCite: '225, 228',
      antecedentGuess: 'Google',
    });
  });

  it('handles blank pages, neutral, year-page and Louisiana formats', () => {
    const keys = extractCaseCitations(
      '576 U.S. ___, 13; 2006-Ohio-2095; T.C. Memo. 2019-233; 2009 1359 (La.App. 1 Cir. 05/10/10).',
    ).map((c) => c.key);
    expect(keys).toEqual(['576 U.S. ___', '2006-Ohio-2095', 'T.C. Memo. 2019-233', '2009 1359 (La.App. 1 Cir.)']);
  });

  it('accepts Roman-numeral pages but not a lone "v"', () => {
    expect(extractCaseCitations('12 Neb. App. lxiv (2004)').map((c) => c.key)).toEqual(['12 Neb. Ct. App. lxiv']);
    expect(extractCaseCitations('in 1 U.S. v. Smith')).toEqual([]);
  });

  it('rejects numbers glued to words and docket numbers', () => {
    expect(extractCaseCitations('foo1 U.S. 1, 1. U.S. 1foo')).toEqual([]);
    expect(extractCaseCitations('No. 99 Civ. 9404 (SHS)')).toEqual([]);
  });

  it('reports law-review citations as journal citations', () => {
    const [j] = only(extractCaseCitations('77 Marq. L. Rev. 475, 480 (1993-94)'), 'journal');
    expect(j).toMatchObject<Partial<JournalCitation>>({
      key: '77 Marq. L. Rev. 475',
      journalPage: '475',
      pinCite: '480',
      year: 1993,
    });
  });
});
