import { ClaimCode } from './claim-code';
import { extractPleadedClaims } from './extract-claims';

const page = (number: number, ...lines: string[]) => ({ number, text: lines.join('\n') });

describe('extractPleadedClaims', () => {
  it('reads COUNT headings with the heading on the same line and a statute on the next', () => {
    const claims = extractPleadedClaims([
      page(
        3,
        'COUNT I — Direct Copyright Infringement (17 U.S.C. § 501)',
        '(Against All Defendants)',
        '40. Plaintiffs …',
      ),
      page(4, 'COUNT II: Vicarious Copyright Infringement', '(17 U.S.C. § 501)', '50. Plaintiffs …'),
    ]);
    expect(claims).toEqual([
      {
        label: 'COUNT I',
        ordinal: 1,
        heading: 'Direct Copyright Infringement (17 U.S.C. § 501)',
        codes: [ClaimCode.CopyrightDirect],
        statutes: ['17 U.S.C. § 501'],
        page: 3,
      },
      {
        label: 'COUNT II',
        ordinal: 2,
        heading: 'Vicarious Copyright Infringement (17 U.S.C. § 501)',
        codes: [ClaimCode.CopyrightVicarious],
        statutes: ['17 U.S.C. § 501'],
        page: 4,
      },
    ]);
  });

  it('reads ordinal markers with the heading on the next line, past pleading-paper numbers', () => {
    const claims = extractPleadedClaims([
      page(
        9,
        'FIRST CLAIM FOR RELIEF',
        '14',
        'Unfair Competition',
        '(Cal. Bus. & Prof. Code § 17200)',
        '(By Plaintiff against Defendant)',
      ),
      page(10, 'Second Cause of Action', 'Negligence'),
    ]);
    expect(claims.map((c) => [c.label, c.ordinal, c.heading, c.codes, c.page])).toEqual([
      [
        'FIRST CLAIM FOR RELIEF',
        1,
        'Unfair Competition (Cal. Bus. & Prof. Code § 17200)',
        [ClaimCode.UnfairCompetition],
        9,
      ],
      ['SECOND CAUSE OF ACTION', 2, 'Negligence', [ClaimCode.Negligence], 10],
    ]);
  });

  it('skips prose, tables of contents and markers without a heading', () => {
    const claims = extractPleadedClaims([
      page(
        1,
        'COUNT I – Copyright Infringement ............................ 12',
        'FIRST CAUSE OF ACTION        14',
        'Count I alleges that the defendant copied the works.',
        'first cause of action is barred',
        'PRAYER FOR RELIEF',
        'CLAIMS FOR RELIEF',
        'COUNT III',
        '45. Plaintiffs incorporate …',
      ),
    ]);
    expect(claims).toEqual([]);
  });

  it('keeps the last occurrence of a repeated marker and never throws on odd text', () => {
    const odd = ['COUNT', 'COUNT 0 — Nothing', 'COUNT XIZ Foo', '\u0000\u0001', 'COUNT I', '', '']
      .concat(Array.from({ length: 50 }, () => 'x'.repeat(400)))
      .join('\n');
    expect(() => extractPleadedClaims([{ number: 1, text: odd }])).not.toThrow();
    expect(extractPleadedClaims([{ number: 1, text: odd }])).toEqual([]);
    const repeated = extractPleadedClaims([
      page(2, 'COUNT I - Copyright Infringement'),
      page(7, 'COUNT I - Copyright Infringement', '(17 U.S.C. § 501)'),
    ]);
    expect(repeated.map((c) => [c.page, c.heading])).toEqual([[7, 'Copyright Infringement (17 U.S.C. § 501)']]);
  });

  it('reads a marker OCR joined to its pleading-paper line number, and nothing from numbered prose', () => {
    const claims = extractPleadedClaims([
      page(
        2,
        '12 | willfulness.',
        '13 CLAIM FOR RELIEF: Copyright Infringement (17 U.S.C. § 501)',
        '14 Against Defendant Anthropic PBC',
        '15 68. Plaintiffs incorporate by reference the allegations in Paragraphs 1 to 65.',
        '21 || COUNT II - Unjust Enrichment',
        '22 Count I alleges that the works were copied.',
      ),
    ]);
    expect(claims.map((c) => [c.label, c.heading, c.codes, c.page])).toEqual([
      ['CLAIM FOR RELIEF', 'Copyright Infringement (17 U.S.C. § 501)', [ClaimCode.CopyrightDirect], 2],
      ['COUNT II', 'Unjust Enrichment', [ClaimCode.UnjustEnrichment], 2],
    ]);
  });
});
