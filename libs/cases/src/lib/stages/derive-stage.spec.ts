import { readFileSync } from 'node:fs';
import { corpusPath } from '@casetrail/testing';
import { CaseStatus } from '../cases/case-status';
import { CaseStage, StageSourceKind } from './case-stage';
import { deriveStage, StageEntryInput, StageEventInput } from './derive-stage';

interface CorpusDocket {
  docket_entries: { date_filed: string; document_number: string | number | null; description: string }[];
}

/** A corpus docket report's entries as stored rows; ids are `<file>#<index>` so a test can name the entry. */
function docketEntries(file: string): StageEntryInput[] {
  const docket = JSON.parse(readFileSync(corpusPath('pacer', 'dockets', file), 'utf8')) as CorpusDocket;
  return docket.docket_entries.map((e, i) => ({
    id: `${file}#${i}`,
    entryNumber: e.document_number === null || e.document_number === '' ? null : Number(e.document_number),
    dateFiled: e.date_filed,
    entryType: 'other',
    description: e.description,
  }));
}

describe('deriveStage on corpus dockets (expected stages read by hand from each report)', () => {
  it.each([
    // Complaint, scheduling conference setting discovery deadlines (8), stipulation of dismissal (12).
    ['nyed.json', CaseStage.Closed, 12, '2015-10-12'],
    // Summary judgment (19), judgment (41), appeal (42), mandate reversing (53), settled and dismissed (59).
    ['laed_127926.json', CaseStage.Closed, 59, '2011-11-23'],
    // Answered, joint discovery plan (37), discovery disputes; an appeal of a magistrate judge's order is no appeal.
    ['njd_509180.json', CaseStage.Discovery, 37, '2023-05-03'],
    // Complaint, then motions to dismiss, the first on 2019-08-08 (22).
    ['vaed.json', CaseStage.MotionToDismiss, 22, '2019-08-08'],
    // Just filed: the initial case-management scheduling order sets a conference, not discovery.
    ['cand_7.json', CaseStage.Pleadings, 1, '2023-09-05'],
    // Complaint, answer, motions to strike and seal: still at the pleadings.
    ['mad_193254.json', CaseStage.Pleadings, 1, '2017-10-25'],
    ['ilnd_378697.json', CaseStage.Pleadings, 1, '2020-08-10'],
  ])('%s is at %s, set by entry %s', (file, stage, entryNumber, date) => {
    const sut = deriveStage(docketEntries(file), [], CaseStatus.Pending);
    expect(sut.stage).toBe(stage);
    expect(sut.source).toMatchObject({ kind: StageSourceKind.DocketEntry, entryNumber, date });
  });

  it('txsd.json: removed, answered, transferred out (the unnumbered transfer entry closes it here)', () => {
    const sut = deriveStage(docketEntries('txsd.json'), [], CaseStatus.Pending);
    expect(sut.stage).toBe(CaseStage.Closed);
    expect(sut.source).toMatchObject({ entryNumber: null, date: '2019-04-29' });
    expect(sut.source.text).toMatch(/^Interdistrict transfer/);
  });
});

const entry = (n: number, date: string, description: string, entryType = 'other'): StageEntryInput => ({
  id: `e${n}`,
  entryNumber: n,
  dateFiled: date,
  entryType,
  description,
});

describe('deriveStage edge cases', () => {
  it('a case with nothing to read is at the pleadings, set by nothing', () => {
    expect(deriveStage([], [], CaseStatus.Pending)).toEqual({
      stage: CaseStage.Pleadings,
      source: { kind: StageSourceKind.None, id: null, entryNumber: null, date: null, text: null },
    });
  });

  it('a later, less advanced filing does not move a case back', () => {
    const sut = deriveStage(
      [
        entry(1, '2024-01-01', 'COMPLAINT'),
        entry(30, '2024-06-01', 'MOTION for Summary Judgment'),
        entry(31, '2024-06-02', 'MOTION to Dismiss counterclaims'),
      ],
      [],
      CaseStatus.Pending,
    );
    expect(sut).toMatchObject({ stage: CaseStage.SummaryJudgment, source: { id: 'e30' } });
  });

  it('a judgment entry type closes the case and an appeal follows it; post-judgment motions do not reopen it', () => {
    const entries = [
      entry(1, '2024-01-01', 'COMPLAINT'),
      entry(50, '2024-09-01', 'JUDGMENT in favor of defendant', 'judgment'),
      entry(51, '2024-09-10', 'MOTION for Attorney Fees and costs; discovery into fees'),
    ];
    expect(deriveStage(entries, [], CaseStatus.Pending)).toMatchObject({
      stage: CaseStage.Closed,
      source: { id: 'e50' },
    });
    const appealed = [...entries, entry(52, '2024-09-20', 'NOTICE OF APPEAL to the 9th Circuit by plaintiff')];
    expect(deriveStage(appealed, [], CaseStatus.Pending)).toMatchObject({
      stage: CaseStage.Appeal,
      source: { id: 'e52' },
    });
  });

  it('reads tracked events by type and text, and the status only moves a case forward', () => {
    const events: StageEventInput[] = [
      { id: 'v1', date: '2023-01-13', type: 'complaint', title: 'Complaint', summary: null },
      { id: 'v2', date: '2023-04-18', type: 'motion_to_dismiss', title: 'Motions to dismiss', summary: null },
      { id: 'v3', date: null, type: 'trial', title: 'Trial (date unknown)', summary: null },
    ];
    expect(deriveStage([], events, CaseStatus.Pending)).toMatchObject({
      stage: CaseStage.MotionToDismiss,
      source: { kind: StageSourceKind.Event, id: 'v2', date: '2023-04-18' },
    });
    expect(deriveStage([], events, CaseStatus.Settled)).toMatchObject({
      stage: CaseStage.Closed,
      source: { kind: StageSourceKind.Status, text: 'settled' },
    });
    expect(deriveStage([], events, CaseStatus.OnAppeal).stage).toBe(CaseStage.Appeal);
  });

  it('a tracker’s summary of a partial ruling or a trial date neither closes a case nor starts a trial', () => {
    const events: StageEventInput[] = [
      { id: 'v1', date: '2024-01-01', type: 'complaint', title: 'Complaint', summary: null },
      {
        id: 'v2',
        date: '2024-08-12',
        type: 'order',
        title: 'Order granting in part and denying in part motions to dismiss',
        summary: 'Some claims dismissed with prejudice.',
      },
      {
        id: 'v3',
        date: '2025-01-10',
        type: 'order',
        title: 'Scheduling order',
        summary: 'Jury selection and trial set 2028-01-18.',
      },
      { id: 'v4', date: '2026-04-21', type: 'other', title: 'Judgment reserved (reported)', summary: null },
    ];
    expect(deriveStage([], events, CaseStatus.Pending)).toMatchObject({
      stage: CaseStage.MotionToDismiss,
      source: { kind: StageSourceKind.Event, id: 'v2' },
    });
  });

  it('odd text signals nothing instead of a guess', () => {
    const sut = deriveStage([entry(7, '2024-02-02', '\u0000 ?? ### ')], [], CaseStatus.Pending);
    expect(sut.source.kind).toBe(StageSourceKind.None);
  });
});
