import { docketNumberParts, findDocketNumber } from './docket-number';

describe('findDocketNumber', () => {
  it('finds the short district number and the parts coded in the full one', () => {
    expect(findDocketNumber(['CRIMINAL DOCKET FOR CASE #: 3:20-cr-00070-TKW-MAL-1'], 'district')).toEqual({
      docketNumber: '3:20-cr-00070',
      parts: {
        officeCode: '3',
        caseType: 'cr',
        judgeInitialsAssigned: 'TKW',
        judgeInitialsReferred: 'MAL',
        defendantNumber: '1',
      },
    });
  });

  it('reads MDL numbers on JPML pages and appellate numbers in feeds', () => {
    expect(findDocketNumber(['MDL No. 2741'], 'district').docketNumber).toBe('MDL No. 2741');
    expect(findDocketNumber(['20-1140 Transtex Inc. v. Vidal'], 'appellate').docketNumber).toBe('20-1140');
  });

  it('reads bankruptcy petition numbers', () => {
    const found = findDocketNumber(['Bankruptcy Petition #: 17-80033-CRJ7'], 'bankruptcy');
    expect(found.docketNumber).toBe('17-80033');
    expect(found.parts.judgeInitialsAssigned).toBe('CRJ');
    expect(docketNumberParts('10-01083-8-RDD', true)).toMatchObject({ officeCode: '8', judgeInitialsAssigned: 'RDD' });
  });

  it('gives null parts when there is no number', () => {
    expect(findDocketNumber(['nothing here'], 'district')).toEqual({
      docketNumber: null,
      parts: {
        officeCode: null,
        caseType: null,
        judgeInitialsAssigned: null,
        judgeInitialsReferred: null,
        defendantNumber: null,
      },
    });
  });
});
