import { ClaimCode } from './claim-code';
import { citedStatutes, classifyClaim } from './classify-claim';

describe('classifyClaim', () => {
  it.each([
    ['Direct Copyright Infringement (17 U.S.C. § 501)', [ClaimCode.CopyrightDirect]],
    ['Copyright Infringement', [ClaimCode.CopyrightDirect]],
    ['Contributory Copyright Infringement', [ClaimCode.CopyrightContributory]],
    ['Vicarious Copyright Infringement', [ClaimCode.CopyrightVicarious]],
    ['vicarious / induced copyright infringement', [ClaimCode.CopyrightVicarious, ClaimCode.CopyrightInducement]],
    ['secondary copyright infringement (CDPA ss. 22-23)', [ClaimCode.Other]],
    ['Violation of the DMCA, 17 U.S.C. § 1202(b)', [ClaimCode.Dmca1202]],
    ['Removal of Copyright Management Information', [ClaimCode.Dmca1202]],
    ['Circumvention of Technological Measures (17 U.S.C. § 1201)', [ClaimCode.Dmca1201]],
    ['False Designation of Origin (15 U.S.C. § 1125(a))', [ClaimCode.Trademark]],
    ['Unfair Competition (Cal. Bus. & Prof. Code § 17200 et seq.)', [ClaimCode.UnfairCompetition]],
    ['Unjust Enrichment', [ClaimCode.UnjustEnrichment]],
    ['Negligence', [ClaimCode.Negligence]],
    ['Breach of Contract', [ClaimCode.BreachOfContract]],
    ['BREACH OF THE COVENANT OF GOOD FAITH AND FAIR DEALING', [ClaimCode.BreachOfContract]],
    ['breach of GitHub privacy policy / terms', [ClaimCode.BreachOfContract]],
    ['Violation of the Right of Publicity (Cal. Civ. Code § 3344)', [ClaimCode.PublicityPrivacy]],
    ['Misappropriation of Trade Secrets (18 U.S.C. § 1836)', [ClaimCode.TradeSecret]],
    ['Declaratory Relief – Duty to Defend', [ClaimCode.Other]],
    ['tortious interference with contract', [ClaimCode.Other]],
  ])('%s', (text, codes) => {
    expect(classifyClaim(text).codes).toEqual(codes);
  });
});

describe('citedStatutes', () => {
  it('normalises U.S.C., DMCA and California code citations', () => {
    expect(citedStatutes('DMCA §§ 1202(a), 1202(b)(1), 1202(b)(3)')).toEqual([
      '17 U.S.C. § 1202(a)',
      '17 U.S.C. § 1202(b)(1)',
      '17 U.S.C. § 1202(b)(3)',
    ]);
    expect(citedStatutes('15 U.S.C. §1125(a) and Cal. Bus. & Prof. Code §§ 17200')).toEqual([
      '15 U.S.C. § 1125(a)',
      'Cal. Bus. & Prof. Code § 17200',
    ]);
    expect(citedStatutes('Copyright Infringement')).toEqual([]);
  });
});
