import * as fc from 'fast-check';
import { MotionDisposition } from './motion-disposition';
import { classifyMotion, isMotionText, MotionType } from './motion-type';
import { isRulingText, parseRulings } from './parse-rulings';

const decided = (text: string) => parseRulings(text).map((r) => [r.motionNumber, r.disposition]);

describe('parseRulings', () => {
  it('reads the forms the issue names', () => {
    expect(decided('ORDER granting 12 Motion to Dismiss. Signed by Judge X on 1/2/2024.')).toEqual([['12', 'granted']]);
    expect(decided('ORDER granting [62-1] motion for leave to file a reply.')).toEqual([['62', 'granted']]);
    expect(decided('ORDER denying as moot 139 Motion to Compel.')).toEqual([['139', 'moot']]);
    expect(decided('ORDER granting in part and denying in part 36 Motion to Seal.')).toEqual([
      ['36', 'granted_in_part'],
    ]);
    expect(decided('ORDER terminating 40 Motion for Extension of Time.')).toEqual([['40', 'terminated']]);
  });

  it('reads an order deciding several motions, each with its own disposition', () => {
    expect(
      decided(
        'ORDER granting 20 Motion for Discovery. Finding as moot 25 Motion to Produce. Denying 26 Motion to Suppress Evidence; granting 164 and 176 Sealed Motions for Leave to File Under Seal.',
      ),
    ).toEqual([
      ['20', 'granted'],
      ['25', 'moot'],
      ['26', 'denied'],
      ['164', 'granted'],
      ['176', 'granted'],
    ]);
  });

  it('links only the motion granted, not the motions the granted one is about', () => {
    expect(
      decided(
        'ELECTRONIC ORDER entered granting 19 Motion for Extension of Time to File Response/Reply re 17 MOTION to Intervene, 7 MOTION to Strike 1 Complaint, 10 MOTION to Seal.',
      ),
    ).toEqual([['19', 'granted']]);
  });

  it('reads a minute entry whose motions carry their outcome after a dash', () => {
    expect(
      decided(
        'Minute Entry for proceedings held before Judge Y: 7 Motion for Leave to File - Granted; [21-5] MOTION to Dismiss Indictment - Denied without prejudice.',
      ),
    ).toEqual([
      ['7', 'granted'],
      ['21', 'denied'],
    ]);
  });

  it('ties "the Motion … is GRANTED" to the one motion the order is about, and never guesses between several', () => {
    expect(
      decided('ORDER re 12 MOTION to Continue Trial filed by A. ORDERED that the Motion to Continue is GRANTED.'),
    ).toEqual([['12', 'granted']]);
    expect(
      decided(
        'ORDER on the motions (Docket no. 6 ) and (Docket no. 8 ). ORDERED that the motions are granted in part.',
      ),
    ).toEqual([
      ['6', 'granted_in_part'],
      ['8', 'granted_in_part'],
    ]);
    expect(decided("TEXT ORDER: Plaintiffs' request for a conference (ECF No. 59 ) is DENIED.")).toEqual([
      ['59', 'denied'],
    ]);
    // Two candidate motions and a singular subject: which one was allowed is not said.
    expect(decided('ORDER (Docket no. 6 ) and (Docket no. 8 ). The motion is granted.')).toEqual([]);
    expect(
      decided("ORDER. Plaintiffs' application to serve 100 additional defendants by publication is denied."),
    ).toEqual([]);
  });

  it('keeps the words a link came from', () => {
    const [r] = parseRulings('ORDER granting 12 Motion to Dismiss. Signed by Judge X.');
    expect(r.span).toBe('granting 12');
    expect(r.spanStart).toBe(6);
  });

  it('finds nothing in entries that are not orders, or that name no motion number', () => {
    expect(
      isRulingText("Mail Returned as Undeliverable re 78 Order Denying Defendant's Motion without Prejudice."),
    ).toBe(false);
    expect(decided('Mail Returned as Undeliverable re 78 Order Denying 77 Motion.')).toEqual([]);
    expect(
      decided('MOTION to Transfer Case by X. (Attachments: # 2 Proposed Order Granting 2 Motion to Transfer)'),
    ).toEqual([]);
    expect(decided('PROPOSED ORDER granting 4 Motion.')).toEqual([]);
    expect(
      decided('ORDER that the hearing set for 2/17/10 will be on the briefs re 19 MOTION for Summary Judgment.'),
    ).toEqual([]);
    expect(decided('Minute Entry: Defense oral motion to continue-Granted. Pending motions are withdrawn.')).toEqual(
      [],
    );
    expect(decided("ORDER granting the parties' request in their letter dated 4/18/2024.")).toEqual([]);
    expect(decided('ORDER granted 30 days to answer the complaint.')).toEqual([]);
  });

  it('never throws and stays within the text on any input', () => {
    const pieces = fc.constantFrom(
      'ORDER ',
      'granting ',
      'denying in part ',
      '12 ',
      '[3-1] ',
      'Motion ',
      'is ',
      'GRANTED',
      '. ',
      '; ',
      ' - Denied',
      '(ECF No. 4 )',
      'the motion ',
      're 9 MOTION ',
      'ORDERED that ',
      '\u0000',
      'é',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), fc.string(), (parts, noise) => {
        const text = parts.join('') + noise;
        for (const r of parseRulings(text)) {
          expect(Object.values(MotionDisposition)).toContain(r.disposition);
          expect(r.motionNumber).toMatch(/^\d+$/);
          expect(text.slice(r.spanStart, r.spanEnd).trim()).toBe(r.span);
        }
      }),
      { numRuns: 300 },
    );
    expect(parseRulings(undefined as unknown as string)).toEqual([]);
  });
});

describe('classifyMotion', () => {
  it.each([
    ['MOTION to Dismiss for Failure to State a Claim by Dow Jones', MotionType.Dismiss],
    ['MOTION for Summary Judgment by Best Chevrolet Inc', MotionType.SummaryJudgment],
    ['MOTION for Preliminary Injunction by UMG', MotionType.PreliminaryInjunction],
    ['MOTION to Compel Evidence filed by B', MotionType.Compel],
    ['MOTION to Seal Document 1 Complaint', MotionType.Seal],
    ['MOTION to Stay Discovery pending appeal', MotionType.Stay],
    ['Consent MOTION for Extension of Time to File Answer re 1 Complaint', MotionType.Extension],
    ['MOTION to Certify Class by Plaintiffs', MotionType.ClassCertification],
    ['MOTION for Class Certification', MotionType.ClassCertification],
    ['Unopposed MOTION to Transfer Case to Northern District of Texas', MotionType.Transfer],
    ['MOTION for Leave to File Second Amended Complaint', MotionType.LeaveToAmend],
    ['MOTION for Leave to Appear Pro Hac Vice', MotionType.ProHacVice],
    ['MOTION to Strike 81 Markman Response Brief', MotionType.Strike],
    ['MOTION for Writ of Habeas Corpus ad prosequendum', MotionType.Other],
    ['MOTION for Extension of Time to File Response/Reply re 17 MOTION to Intervene', MotionType.Extension],
  ])('%s → %s', (text, type) => {
    expect(classifyMotion(text)).toBe(type);
  });

  it('tells motions from papers about motions', () => {
    expect(isMotionText('Consent MOTION for Leave to Appear Pro Hac Vice by X')).toBe(true);
    expect(isMotionText('**SEALED DOCUMENT** SEALED MOTION to Exclude Testimony')).toBe(true);
    expect(isMotionText('MEMORANDUM in Support re 17 MOTION to Intervene')).toBe(false);
    expect(isMotionText('ORDER granting 5 Motion')).toBe(false);
    expect(isMotionText('Set Deadlines as to 14 MOTION for Leave')).toBe(false);
  });
});
