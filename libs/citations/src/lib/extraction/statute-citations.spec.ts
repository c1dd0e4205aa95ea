import { extractBareSections } from './bare-sections';
import { extractCodeCitations } from './statute-citations';

describe('extractCodeCitations', () => {
  it('expands a section list into one citation per section, keeping subsections', () => {
    const text = 'See 17 U.S.C. §§ 101, 102(b), 106(1)-(3), 107 and 504(c)(2).';
    const list = extractCodeCitations(text);
    expect(list.map((c) => c.key)).toEqual([
      '17 U.S.C. § 101',
      '17 U.S.C. § 102',
      '17 U.S.C. § 106',
      '17 U.S.C. § 107',
      '17 U.S.C. § 504',
    ]);
    expect(list.map((c) => c.section)).toEqual(['101', '102(b)', '106(1)-(3)', '107', '504(c)(2)']);
    for (const c of list) {
      expect(c).toMatchObject({
        type: 'statute',
        code: 'U.S.C.',
        title: '17',
        matchedText: text.slice(c.span.start, c.span.end),
      });
      expect(c.sections).toHaveLength(5);
    }
  });

  it('normalises code spellings and accepts a missing section sign', () => {
    expect(extractCodeCitations('28 USC 1331 and 17 U.S.C.A. § 1202(b)').map((c) => c.key)).toEqual([
      '28 U.S.C. § 1331',
      '17 U.S.C. § 1202',
    ]);
  });

  it('reads regulations, state codes, session laws and public laws', () => {
    const text =
      '37 C.F.R. § 202.1(a); Mass. Gen. Laws ch. 93A, § 2; Cal. Civ. Proc. Code § 425.16; ' +
      'Pub. L. No. 94-553, 90 Stat. 2541; 85 Fed. Reg. 12,345; Wis. Stat. § 655.002(2)(c) (2005-06)';
    const list = extractCodeCitations(text);
    expect(list.map((c) => `${c.type}: ${c.key}`)).toEqual([
      'regulation: 37 C.F.R. § 202.1',
      'statute: Mass. Gen. Laws ch. 93A, § 2',
      'statute: Cal. Civ. Proc. Code § 425.16',
      'statute: Pub. L. No. 94-553',
      'statute: 90 Stat. 2541',
      'regulation: 85 FR 12345',
      'statute: Wis. Stat. § 655.002',
    ]);
    expect(list[list.length - 1]).toMatchObject({ section: '655.002(2)(c)', year: 2005 });
  });
});

describe('extractBareSections', () => {
  it('keeps a section without a code as "§ <section>"', () => {
    const [c] = extractBareSections('Plaintiffs invoke Section 1202(b) of the DMCA.');
    expect(c).toMatchObject({ type: 'statute', key: '17 U.S.C. § 1202', section: '1202(b)', act: 'DMCA' });
    const [bare] = extractBareSections('Plaintiffs invoke Section 1202(b) here.');
    expect(bare).toMatchObject({ key: '§ 1202', section: '1202(b)' });
    expect(bare.title).toBeUndefined();
    expect(bare.code).toBeUndefined();
  });

  it('takes the title from "of title 17" and from the Copyright Act', () => {
    expect(extractBareSections('section 107 of title 17, United States Code').map((c) => c.key)).toEqual([
      '17 U.S.C. § 107',
    ]);
    expect(extractBareSections('Sections 106 and 107 of the Copyright Act').map((c) => c.key)).toEqual([
      '17 U.S.C. § 106',
      '17 U.S.C. § 107',
    ]);
  });

  it('skips constitutions and contract sections', () => {
    expect(extractBareSections('U.S. CONST. art. I, § 8, cl. 8')).toEqual([]);
    expect(extractBareSections('Section 3.2 of the Agreement')).toEqual([]);
  });
});
