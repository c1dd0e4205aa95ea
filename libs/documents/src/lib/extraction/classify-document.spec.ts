import { classifyDocument, cleanMetadataTitle, explainClassification, findHeadings } from './classify-document';
import { DocumentType } from './document-type';

function caption(title: string, body = ''): string {
  return [
    'Jane Lawyer (SBN 123456)',
    'Attorneys for Plaintiffs',
    'UNITED STATES DISTRICT COURT',
    'NORTHERN DISTRICT OF CALIFORNIA',
    'ANDREA AUTHOR, et al.,',
    'Plaintiffs,',
    'v.',
    'EXAMPLE AI, INC.,',
    'Defendant.',
    'Case No. 3:24-cv-01234-ABC',
    ...title.split('\n'),
    body,
    'Case 3:24-cv-01234-ABC Document 12 Filed 01/02/25 Page 1 of 20',
  ].join('\n');
}

describe('classifyDocument: the word that heads the title decides', () => {
  const cases: Array<[string, DocumentType]> = [
    ['CLASS ACTION COMPLAINT FOR COPYRIGHT INFRINGEMENT\nDEMAND FOR JURY TRIAL', DocumentType.Complaint],
    ['FIRST AMENDED CLASS ACTION COMPLAINT', DocumentType.AmendedComplaint],
    ["DEFENDANT'S ANSWER AND AFFIRMATIVE DEFENSES TO\nPLAINTIFFS' COMPLAINT", DocumentType.Answer],
    ['NOTICE OF MOTION AND MOTION TO DISMISS\nPLAINTIFFS’ COMPLAINT', DocumentType.MotionToDismiss],
    ["DEFENDANT'S MOTION FOR PRELIMINARY INJUNCTION", DocumentType.Motion],
    ["PLAINTIFFS' OPPOSITION TO DEFENDANT'S\nMOTION TO DISMISS", DocumentType.Opposition],
    ['REPLY IN SUPPORT OF MOTION TO DISMISS', DocumentType.Reply],
    ['ORDER GRANTING IN PART AND DENYING IN PART\nMOTION TO DISMISS', DocumentType.Order],
    ['ORDER GRANTING PARTIAL SUMMARY JUDGMENT', DocumentType.Order],
    ['MEMORANDUM OPINION AND ORDER', DocumentType.Opinion],
    ['JUDGMENT', DocumentType.Judgment],
    ['STIPULATION AND [PROPOSED] ORDER EXTENDING TIME', DocumentType.Stipulation],
    ['NOTICE OF APPEAL', DocumentType.Notice],
    ['DECLARATION OF JANE LAWYER IN SUPPORT OF\nMOTION TO DISMISS', DocumentType.Other],
    ['O R D E R', DocumentType.Order],
  ];
  it.each(cases)('%s -> %s', (title, expected) => {
    expect(classifyDocument({ firstPageText: caption(title) })).toBe(expected);
  });
});

describe('classifyDocument: body cues', () => {
  it('a letter by its salutation, re: line and close', () => {
    const text =
      'January 19, 2023\nVia ECF\nClerk of Court\nRe: Smith v. Jones, No. 22-1801\nDear Ms. Clerk:\nWe write to inform the Court.\nSincerely,\n/s/ A. Lawyer';
    expect(classifyDocument({ firstPageText: text })).toBe(DocumentType.Letter);
  });

  it('a transcript by its reporter and speaker lines', () => {
    const text = "REPORTER'S TRANSCRIPT OF PROCEEDINGS\nTHE COURT: Good morning.\nMR. SMITH: Good morning, Your Honor.";
    expect(classifyDocument({ firstPageText: text })).toBe(DocumentType.Transcript);
  });

  it('an exhibit cover page', () => {
    expect(classifyDocument({ firstPageText: 'EXHIBIT A' })).toBe(DocumentType.Exhibit);
  });

  it('an appellate opinion without the word "opinion", by its panel and author line', () => {
    const text =
      'APPEAL FROM THE UNITED STATES DISTRICT COURT\nBefore\nSmith, Chief Judge,\nJones and Brown, Circuit Judges.\nJONES, Circuit Judge.\nWe affirm.';
    expect(classifyDocument({ firstPageText: text })).toBe(DocumentType.Opinion);
  });

  it('a notice of motion that says the party will move is a motion, not a notice', () => {
    const text =
      'PLEASE TAKE NOTICE that on March 3, 2025, Defendant will and hereby does move the Court for an order.';
    expect(classifyDocument({ firstPageText: text })).toBe(DocumentType.Motion);
  });

  it('nothing recognisable is "other"', () => {
    expect(classifyDocument({ firstPageText: 'Lorem ipsum dolor sit amet.' })).toBe(DocumentType.Other);
    expect(classifyDocument({ firstPageText: '' })).toBe(DocumentType.Other);
  });
});

describe('classifyDocument: header text and title', () => {
  it('the docket entry text outweighs a weak page', () => {
    expect(classifyDocument({ headerText: 'ORDER granting 12 Motion to Dismiss', firstPageText: 'Lorem ipsum' })).toBe(
      DocumentType.Order,
    );
  });

  it('a PDF title from a word processor counts once cleaned', () => {
    expect(cleanMetadataTitle('Microsoft Word - 16-1261_FINAL Order Granting Prelim Injunction.docx')).toBe(
      '16-1261 FINAL Order Granting Prelim Injunction',
    );
    expect(
      classifyDocument({ title: 'Microsoft Word - Stipulated Protective Order.docx', firstPageText: 'Lorem ipsum' }),
    ).toBe(DocumentType.Stipulation);
  });
});

describe('explainClassification', () => {
  it('says which rules fired, where, and how many points each gave', () => {
    const result = explainClassification({ firstPageText: caption('REPLY IN SUPPORT OF MOTION TO DISMISS') });
    expect(result.type).toBe(DocumentType.Reply);
    expect(result.evidence).toContainEqual(
      expect.objectContaining({ type: DocumentType.Reply, source: 'heading', rule: 'heads heading: reply', points: 3 }),
    );
    // The motion it replies to is seen, but only as a secondary keyword.
    const dismissal = result.evidence.find((e) => e.type === DocumentType.MotionToDismiss);
    expect(dismissal?.points).toBeLessThan(1);
    expect(result.scores[DocumentType.Reply]).toBe(result.score);
  });

  it('findHeadings groups consecutive upper-case lines and skips stamps and line numbers', () => {
    expect(
      findHeadings(
        '1\nDEFENDANTS’ NOTICE OF\n2\nMOTION AND MOTION\nDate: June 7\nCase 2:16-cv-06794-AB-JC Document 168 Filed 02/01/19 Page 1 of 3',
      ),
    ).toEqual(['DEFENDANTS’ NOTICE OF MOTION AND MOTION']);
  });
});
