import { DocumentType } from './document-type';
import { deriveTitle } from './derive-title';

describe('deriveTitle', () => {
  it('takes the upper-case heading line that names the type', () => {
    const lead =
      'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nANDREA BARTZ, et al.,\nPlaintiffs,\nNo. C 24-05417 WHA\nORDER ON FAIR USE\nINTRODUCTION\nAn artificial intelligence firm downloaded...';
    expect(deriveTitle(lead, DocumentType.Order)).toBe('ORDER ON FAIR USE');
  });

  it('follows a title over the lines that continue it', () => {
    const lead = 'Defendants.\nDEFS.’ NOTICE OF MOTION AND\nMOTION FOR PARTIAL SUMMARY JUDGMENT\nHEARING DATE: March 1';
    expect(deriveTitle(lead, DocumentType.Motion)).toBe(
      'DEFS.’ NOTICE OF MOTION AND MOTION FOR PARTIAL SUMMARY JUDGMENT',
    );
  });

  it('drops caption punctuation and word-processor file names before the title', () => {
    expect(deriveTitle('STEVE JOHNSON, et al., : OPINION', DocumentType.Opinion)).toBe('OPINION');
    expect(deriveTitle('258445_7.doc-- COMPLAINT\nGAUNTLETT & ASSOCIATES', DocumentType.Complaint)).toBe('COMPLAINT');
  });

  it('falls back to title metadata that is not a file name, else null', () => {
    expect(
      deriveTitle('no headings here', DocumentType.Letter, 'Microsoft Word - Response to Supplemental Notice'),
    ).toBe('Response to Supplemental Notice');
    expect(deriveTitle('no headings here', DocumentType.Other, 'opinion_pdf_text_based.png')).toBeNull();
    expect(deriveTitle('', DocumentType.Other)).toBeNull();
  });

  it('ignores ECF header stamps', () => {
    expect(
      deriveTitle('Case 3:24-cv-05417-WHA Document 231 Filed 06/23/25 Page 1 of 32', DocumentType.Other),
    ).toBeNull();
  });
});
