import { deriveFilingMetadata, documentLeadText } from './filing-metadata';

const stamp = (page: number, docket = '3:24-cv-05417-WHA', ecf = '231') =>
  `Case ${docket} Document ${ecf} Filed 06/23/25 Page ${page} of 32`;

describe('deriveFilingMetadata', () => {
  it('reads the stamps of the first pages', () => {
    const meta = deriveFilingMetadata([`ORDER\n${stamp(1)}`, `text\n${stamp(2)}`, `text\n${stamp(3)}`]);
    expect(meta).toMatchObject({
      docketNumber: '3:24-cv-05417',
      judgeInitials: ['WHA'],
      style: 'district',
      ecfNumber: 231,
      filedOn: '2025-06-23',
      stampedPageCount: 32,
      stampedPages: [1, 2, 3],
    });
    expect(meta?.header.pageNumber).toBe(1);
  });

  it('outvotes a page with another case’s stamp and survives a page without one', () => {
    const meta = deriveFilingMetadata([
      { number: 1, text: 'scanned cover, no text' },
      { number: 2, text: stamp(2, '1:19-cv-00001-AB', '5') },
      { number: 3, text: stamp(3) },
      { number: 4, text: stamp(4) },
    ]);
    expect(meta).toMatchObject({ docketNumber: '3:24-cv-05417', ecfNumber: 231, stampedPages: [3, 4] });
  });

  it('looks only at the first pages (5 by default)', () => {
    const pages = [...Array(6).fill('no stamp'), stamp(7)];
    expect(deriveFilingMetadata(pages)).toBeNull();
    expect(deriveFilingMetadata(pages, 7)?.docketNumber).toBe('3:24-cv-05417');
  });

  it('is null for documents without stamps', () => {
    expect(deriveFilingMetadata(['In the Missouri Court of Appeals', 'Eastern District'])).toBeNull();
    expect(deriveFilingMetadata([])).toBeNull();
  });
});

describe('documentLeadText', () => {
  it('goes past a near-empty cover page until there is enough text', () => {
    const long = 'word '.repeat(400);
    expect(documentLeadText(['cover', long, 'third'])).toBe(`cover\n${long}`);
    expect(documentLeadText(['a', 'b', 'c', 'd'])).toBe('a\nb\nc');
  });
});
