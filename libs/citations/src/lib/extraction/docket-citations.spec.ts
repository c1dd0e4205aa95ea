import { extractDockets, extractEcfReferences } from './docket-citations';

describe('extractDockets', () => {
  it('normalises district docket numbers and keeps judge initials apart', () => {
    const list = extractDockets(
      'Case 3:24-cv-05417-WHA Document 231; No. 1:23-cv-1195; No. 23-cv-11195; 2:16-cv-07519-JAK-AFM',
    );
    expect(list.map((d) => d.key)).toEqual(['3:24-cv-05417', '1:23-cv-01195', '2:16-cv-07519', '23-cv-11195']);
    expect(list[0]).toMatchObject({ judges: 'WHA', matchedText: '3:24-cv-05417-WHA' });
    expect(list[2].judges).toBe('JAK-AFM');
  });

  it('reads appellate and old-style numbers after "No."', () => {
    const list = extractDockets(
      'appeal docketed, No. 25-8018 (3d Cir. 2025); No.   C 24-05417 WHA; No. 11–345; No. 99 Civ. 9404 (SHS); MDL No. 3143',
    );
    expect(list.map((d) => d.key)).toEqual(['25-8018', 'C 24-05417', '11-345', '99 Civ. 9404', 'MDL No. 3143']);
    expect(list[1].judges).toBe('WHA');
  });

  it('ignores bar, report, patent and public-law numbers', () => {
    expect(extractDockets('Bar No. 250-351; H.R. Rep. No. 94-1476; Pub. L. No. 94-553; ECF No. 24-3')).toEqual([]);
  });
});

describe('extractEcfReferences', () => {
  it('reads ECF, Dkt. and Doc. references with attachments and pins', () => {
    const list = extractEcfReferences(
      '(ECF No. 231); (Dkt. 45); (Dkt. No. 203 at 2); Doc. 12; ECF Nos. 12, 14 & 15; ECF No. 899-1; Doc. 863- 2 (exhibit)',
    );
    expect(list.map((e) => e.key)).toEqual([
      'ECF No. 231',
      'ECF No. 45',
      'ECF No. 203',
      'ECF No. 12',
      'ECF No. 12',
      'ECF No. 14',
      'ECF No. 15',
      'ECF No. 899-1',
      'ECF No. 863-2',
    ]);
    expect(list[2].pinCite).toBe('2');
    expect(list[7]).toMatchObject({ ecfNumber: '899', attachment: '1' });
  });

  it('leaves "Document 231" and case-number dockets alone', () => {
    expect(extractEcfReferences('Document 231 Filed 06/23/25; Docket No. 23-1234')).toEqual([]);
    expect(extractDockets('Docket No. 23-1234').map((d) => d.key)).toEqual(['23-1234']);
  });
});
