import { TextLayerIssue } from './extraction-result';
import { tidyPageText } from './page-text';
import { assessTextLayer } from './text-layer';

const PROSE =
  'The court has considered the motion, the opposition and the reply, and the arguments of counsel at the hearing. ' +
  'For the reasons that follow, the motion is granted in part and denied in part.';
const STAMP = 'Case 2:15-cv-05642-CAS-JC Document 465 Filed 08/01/19 Page 1 of 1 Page ID #:8083';

describe('assessTextLayer', () => {
  it('prose is a text layer', () => {
    expect(assessTextLayer([PROSE, PROSE])).toMatchObject({ textLayer: true });
    expect(assessTextLayer([PROSE]).issue).toBeUndefined();
  });

  it('no characters at all: no_text', () => {
    expect(assessTextLayer(['', ' \n '])).toMatchObject({ textLayer: false, issue: TextLayerIssue.NoText });
    expect(assessTextLayer([])).toMatchObject({ textLayer: false, issue: TextLayerIssue.NoText });
  });

  it('a scanned page that only carries the ECF stamp (and line numbers): sparse', () => {
    const page = ['1', '2', '3', 'all counsel shall', 'March 4, 2009', STAMP].join('\n');
    expect(assessTextLayer([page])).toMatchObject({ textLayer: false, issue: TextLayerIssue.Sparse });
  });

  it('one page of text among many scanned ones is still sparse on average', () => {
    expect(assessTextLayer([PROSE, STAMP, STAMP, STAMP]).issue).toBe(TextLayerIssue.Sparse);
  });

  it('punctuation soup from a broken font encoding: garbled', () => {
    const soup = '(8.;,9:/(::/,8,*68+9/6=9:/(:+,-,5+(5:9256=05.3>4098,78,9,5:,+-(*:9(5+*6440::,+ '.repeat(4);
    expect(assessTextLayer([soup])).toMatchObject({ textLayer: false, issue: TextLayerIssue.Garbled });
  });

  it('a table of numbers with some words is not garbled', () => {
    const table = `Schedule A ${'2:15-cv-01739 5:15-cv-00787 '.repeat(10)} Jessica Parker v. Bard, Inc. Dean Becker v. Bard`;
    expect(assessTextLayer([table]).issue).toBeUndefined();
  });
});

describe('tidyPageText', () => {
  it('collapses tabs and runs of spaces, trims lines and blank runs', () => {
    expect(tidyPageText('  No. \tC 24-05417 WHA  \r\n\n\n\nORDER\u00a0ON  FAIR USE \n')).toBe(
      'No. C 24-05417 WHA\n\nORDER ON FAIR USE',
    );
  });
});
