import { findFederalHeaders, normaliseDocketNumber, parseFederalHeader, toIsoDate } from './federal-header';

describe('parseFederalHeader', () => {
  it('reads the N.D. Cal. district stamp', () => {
    expect(parseFederalHeader('Case 3:24-cv-05417-WHA Document 231 Filed 06/23/25 Page 1 of 32')).toEqual({
      raw: 'Case 3:24-cv-05417-WHA Document 231 Filed 06/23/25 Page 1 of 32',
      style: 'district',
      docketNumber: '3:24-cv-05417',
      judgeInitials: ['WHA'],
      ecfNumber: 231,
      filedOn: '2025-06-23',
      pageNumber: 1,
      pageCount: 32,
    });
  });

  it('keeps several judges’ initials apart from the docket number', () => {
    const h = parseFederalHeader('Case 1:13-cv-04384-PAE-HBP Document 212 Filed 06/22/20 Page 2 of 2');
    expect(h).toMatchObject({ docketNumber: '1:13-cv-04384', judgeInitials: ['PAE', 'HBP'], pageNumber: 2 });
  });

  it('pads the case sequence to five digits and lower-cases the case type', () => {
    const h = parseFederalHeader('Case 2:20-CR-84-TLN Document 14 Filed 06/10/20 Page 1 of 8');
    expect(h).toMatchObject({ docketNumber: '2:20-cr-00084', judgeInitials: ['TLN'] });
  });

  it('reads "Case:" / "Doc #:" / "PageID" stamps (N.D. Ohio style)', () => {
    const h = parseFederalHeader('Case: 1:23-cv-11195-SHS Doc #: 12 Filed: 01/02/24 1 of 5. PageID #: 123');
    expect(h).toMatchObject({
      style: 'district',
      docketNumber: '1:23-cv-11195',
      judgeInitials: ['SHS'],
      ecfNumber: 12,
      filedOn: '2024-01-02',
      pageNumber: 1,
      pageCount: 5,
      pageId: 123,
    });
  });

  it('reads C.D. Cal. "Page ID #:" and D.N.J. "PageID:" suffixes', () => {
    expect(
      parseFederalHeader('Case 2:15-cv-05642-CAS-JC Document 465 Filed 08/01/19 Page 1 of 1 Page ID #:8083'),
    ).toMatchObject({
      ecfNumber: 465,
      pageNumber: 1,
      pageCount: 1,
      pageId: 8083,
    });
    expect(
      parseFederalHeader('Case 3:18-cv-16281-BRM-TJB Document 32 Filed 06/30/20 Page 2 of 9 PageID: 264'),
    ).toMatchObject({
      pageNumber: 2,
      pageId: 264,
    });
  });

  it('reads "Entered on FLSD Docket" as the filing date', () => {
    const h = parseFederalHeader('Case 1:20-cv-21234-KMW Document 10 Entered on FLSD Docket 05/01/2020 Page 3 of 5');
    expect(h).toMatchObject({ docketNumber: '1:20-cv-21234', ecfNumber: 10, filedOn: '2020-05-01', pageNumber: 3 });
  });

  it('reads appellate stamps: "Document: 42 Page: 1 Date Filed:"', () => {
    expect(parseFederalHeader('Case: 23-1234 Document: 42 Page: 1 Date Filed: 03/01/2024')).toEqual({
      raw: 'Case: 23-1234 Document: 42 Page: 1 Date Filed: 03/01/2024',
      style: 'appellate',
      docketNumber: '23-1234',
      judgeInitials: [],
      ecfNumber: 42,
      filedOn: '2024-03-01',
      pageNumber: 1,
    });
  });

  it('treats a long appellate document number as a document id, not an entry number', () => {
    const h = parseFederalHeader(
      'Case: 20-1507 Document: 00117684624 Page: 1 Date Filed: 12/22/2020 Entry ID: 6390389',
    );
    expect(h).toMatchObject({ docketNumber: '20-1507', documentId: '00117684624', entryId: '6390389' });
    expect(h?.ecfNumber).toBeUndefined();
  });

  it('reads Ninth and Second Circuit stamps with bare dates', () => {
    expect(parseFederalHeader('Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1 of 15')).toMatchObject({
      docketNumber: '20-16276',
      ecfNumber: 19,
      filedOn: '2020-08-05',
      entryId: '11778722',
      pageNumber: 1,
      pageCount: 15,
    });
    expect(parseFederalHeader('Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2')).toMatchObject({
      style: 'appellate',
      docketNumber: '17-3510',
      ecfNumber: 1,
      attachmentNumber: 1,
      filedOn: '2017-10-31',
      pageNumber: 1,
      pageCount: 2,
    });
  });

  it('reads "Appellate Case:" stamps and the Seventh Circuit "Pages:" total', () => {
    expect(
      parseFederalHeader('Appellate Case: 21-800 Document: 010110462922 Date Filed: 01/11/2021 Page: 1'),
    ).toMatchObject({
      style: 'appellate',
      docketNumber: '21-800',
      documentId: '010110462922',
      filedOn: '2021-01-11',
      pageNumber: 1,
    });
    expect(parseFederalHeader('Case: 17-2400 Document: 3 Filed: 07/13/2017 Pages: 1')).toMatchObject({
      ecfNumber: 3,
      pageCount: 1,
    });
  });

  it('reads bankruptcy stamps', () => {
    const h = parseFederalHeader(
      'Case 19-12345-abc Doc 12 Filed 01/01/20 Entered 01/02/20 12:00:00 Desc Main Document Page 1 of 5',
    );
    expect(h).toMatchObject({
      style: 'bankruptcy',
      docketNumber: '19-12345',
      judgeInitials: ['ABC'],
      ecfNumber: 12,
      filedOn: '2020-01-01',
      pageNumber: 1,
      pageCount: 5,
    });
  });

  it('finds the stamp among other lines, and joins a stamp split over two lines', () => {
    const page =
      '12\nUnited States District Court\nCase 3:24-cv-05417-WHA Document 231\nFiled 06/23/25 Page 7 of 32\nmore';
    expect(parseFederalHeader(page)).toMatchObject({ ecfNumber: 231, filedOn: '2025-06-23', pageNumber: 7 });
  });

  it('takes the last stamp when an exhibit keeps the stamp of another case', () => {
    const page = [
      'Case 1:19-cv-00001-AB Document 5 Filed 01/02/19 Page 3 of 9',
      'Exhibit text',
      'Case 3:24-cv-05417-WHA Document 88-2 Filed 02/03/25 Page 1 of 4',
    ].join('\n');
    expect(findFederalHeaders(page)).toHaveLength(2);
    expect(parseFederalHeader(page)).toMatchObject({
      docketNumber: '3:24-cv-05417',
      ecfNumber: 88,
      attachmentNumber: 2,
    });
  });

  it('ignores case numbers in captions and prose', () => {
    expect(parseFederalHeader('Case No. 3:24-cv-05417-WHA\nORDER ON FAIR USE')).toBeNull();
    expect(parseFederalHeader('In this case 3:24-cv-05417 was related.')).toBeNull();
    expect(parseFederalHeader('Case 2:20-mj-0089 EFB')).toBeNull();
    expect(parseFederalHeader('')).toBeNull();
  });
});

describe('helpers', () => {
  it('toIsoDate pivots two-digit years at 70 and rejects impossible dates', () => {
    expect(toIsoDate('6', '23', '25')).toBe('2025-06-23');
    expect(toIsoDate('12', '31', '98')).toBe('1998-12-31');
    expect(toIsoDate('02', '30', '2024')).toBeUndefined();
  });

  it('normaliseDocketNumber', () => {
    expect(normaliseDocketNumber('03', '24', 'CV', '5417')).toBe('3:24-cv-05417');
    expect(normaliseDocketNumber(undefined, '23', undefined, '1234')).toBe('23-1234');
  });
});
