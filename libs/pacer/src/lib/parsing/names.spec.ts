import { normalizeCaseName } from './case-name';
import { normalizeJudgeName } from './judge-name';
import { normalizePartyType } from './party-types';
import { titlecase } from './titlecase';

describe('normalizeCaseName', () => {
  it('writes the United States one way and "v." for versus', () => {
    expect(normalizeCaseName('USA v. Haig')).toBe('United States v. Haig');
    expect(normalizeCaseName('The United States of America vs. Jones')).toBe('United States v. Jones');
    expect(normalizeCaseName('Smith v Jones')).toBe('Smith v. Jones');
  });

  it('drops "et al.", litigant roles and a leading "No."', () => {
    expect(normalizeCaseName('Liadi et al v. Kelly et al')).toBe('Liadi v. Kelly');
    expect(normalizeCaseName('Smith, Plaintiff, v. Jones, Defendants.')).toBe('Smith v. Jones');
    expect(normalizeCaseName('No. 12 Doe v. Roe')).toBe('12 Doe v. Roe');
  });

  it('leaves captions without parties alone', () => {
    expect(normalizeCaseName('IN RE: LITHIUM ION BATTERIES ANTITRUST LITIGATION')).toBe(
      'IN RE: LITHIUM ION BATTERIES ANTITRUST LITIGATION',
    );
  });
});

describe('normalizeJudgeName', () => {
  it('drops titles and honorifics', () => {
    expect(normalizeJudgeName('Chief Judge William Keith Watkins')).toBe('William Keith Watkins');
    expect(normalizeJudgeName('Honorable Judge Susan Russ Walker')).toBe('Susan Russ Walker');
    expect(normalizeJudgeName('Hon. Yvonne Gonzalez Rogers')).toBe('Yvonne Gonzalez Rogers');
    expect(normalizeJudgeName('U.S. District Judge Analisa Torres')).toBe('Analisa Torres');
    expect(normalizeJudgeName('Magistrate Judge Debra C. Freeman (Settlement)')).toBe('Debra C. Freeman');
  });

  it('puts periods after initials and suffixes', () => {
    expect(normalizeJudgeName('Judge Steven P Logan')).toBe('Steven P. Logan');
    expect(normalizeJudgeName('Honorable Robert M. Dow, Jr')).toBe('Robert M. Dow Jr.');
    expect(normalizeJudgeName('District Judge T. S. Ellis, III')).toBe('T. S. Ellis III');
  });

  it('title-cases names given in capitals', () => {
    expect(normalizeJudgeName('JUDGE COLLEEN MCMAHON')).toBe('Colleen McMahon');
  });
});

describe('normalizePartyType', () => {
  it('folds spellings of party roles', () => {
    expect(normalizePartyType('Defendant (1)')).toBe('Defendant');
    expect(normalizePartyType('PLAINTIFF')).toBe('Plaintiff');
    expect(normalizePartyType('3rd party plaintiff')).toBe('Third Party Plaintiff');
    expect(normalizePartyType('US Trustee')).toBe('U.S. Trustee');
    expect(normalizePartyType('Intervenor-Plaintiff')).toBe('Intervenor Plaintiff');
  });
});

describe('titlecase', () => {
  it('keeps small words low except at the ends, and acronyms high', () => {
    expect(titlecase('the state of new york and the city')).toBe('The State of New York and the City');
    expect(titlecase('ibm v. sec')).toBe('IBM v. SEC');
    expect(titlecase("o'reilly mcdonald")).toBe("O'Reilly McDonald");
  });
});
