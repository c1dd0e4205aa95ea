import { corpusPath } from '@casetrail/testing';
import fs from 'node:fs';
import { parseDocketDate, parseDocketTime } from './hearing-dates';
import { parseHearingMentions } from './hearing-mentions';

interface CorpusEntry {
  document_number: string | null;
  date_filed: string;
  description: string;
  short_description?: string;
}

const docket = (file: string): CorpusEntry[] =>
  (JSON.parse(fs.readFileSync(corpusPath('pacer', 'dockets', file), 'utf8')) as { docket_entries: CorpusEntry[] })
    .docket_entries;
const entryText = (file: string, pick: (e: CorpusEntry) => boolean): string => {
  const found = docket(file).find(pick);
  if (!found) throw new Error(`no such entry in ${file}`);
  return found.description;
};
const numbered = (file: string, n: number) => entryText(file, (e) => e.document_number === String(n));
const dated = (file: string, date: string) => entryText(file, (e) => e.date_filed === date && !e.document_number);
const brief = (text: string) =>
  parseHearingMentions(text).map(({ action, kind, what, date, time, previousDate }) => ({
    action,
    kind,
    what,
    date,
    time,
    previousDate,
  }));

describe('parseHearingMentions on real PACER entries (expectations read from the text)', () => {
  it('reads a deadline and a conference from a Northern District of California scheduling order', () => {
    // "Case Management Statement due by 12/1/2023. Initial Case Management Conference set for 12/8/2023 02:00 PM …"
    expect(brief(numbered('cand_7.json', 6))).toEqual([
      {
        action: 'set',
        kind: 'deadline',
        what: 'case_management_statement_deadline',
        date: '2023-12-01',
        time: null,
        previousDate: null,
      },
      {
        action: 'set',
        kind: 'hearing',
        what: 'case_management_conference',
        date: '2023-12-08',
        time: '14:00',
        previousDate: null,
      },
    ]);
  });

  it('reads "set for X is reset to Y" as one reset naming the old date', () => {
    // "Motion In Limine Hearing set for 5/11/2012 is reset to 5/14/2012 11:00 AM in Courtroom 10 …"
    expect(brief(numbered('casd_4.json', 53))).toEqual([
      {
        action: 'reset',
        kind: 'hearing',
        what: 'motion_hearing',
        date: '2012-05-14',
        time: '11:00',
        previousDate: '2012-05-11',
      },
    ]);
  });

  it('keeps the new date of a reset whose old date is a typo ("5/22/20107"), without inventing the old one', () => {
    expect(brief(numbered('azd.json', 22))).toEqual([
      { action: 'reset', kind: 'hearing', what: 'sentencing', date: '2017-06-26', time: '09:00', previousDate: null },
    ]);
  });

  it('reads "previously set for …, is RESET for Friday, 3/13/2009, at 10:30 AM"', () => {
    expect(brief(numbered('mowd.json', 28))).toEqual([
      {
        action: 'reset',
        kind: 'hearing',
        what: 'sentencing',
        date: '2009-03-13',
        time: '10:30',
        previousDate: '2009-03-03',
      },
    ]);
  });

  it('reads cancelled and vacated hearings with the date they were set for', () => {
    // "The Status Conference set for 10/14/2015 at 1:30 PM is hereby cancelled."
    expect(brief(dated('nyed.json', '2015-10-13'))).toEqual([
      {
        action: 'vacated',
        kind: 'hearing',
        what: 'status_conference',
        date: '2015-10-14',
        time: null,
        previousDate: '2015-10-14',
      },
    ]);
    // "The motion filing deadline of 12/3/08 and the Jury trial set for 12/22/08 are vacated …": the
    // deadline has no "set for"/"due by" and stays unparsed; the trial is vacated.
    expect(brief(dated('utd.json', '2008-12-05'))).toEqual([
      { action: 'vacated', kind: 'hearing', what: 'trial', date: '2008-12-22', time: null, previousDate: '2008-12-22' },
    ]);
  });

  it('does not take "not held on" or "proceedings held before" for a held hearing', () => {
    expect(brief(numbered('casd_5.json', 7))).toEqual([]);
  });

  it('finds nothing in the court RSS feeds, whose items carry no hearing dates', () => {
    const dir = corpusPath('pacer', 'rss');
    const items = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => JSON.parse(fs.readFileSync(`${dir}/${name}`, 'utf8')) as { docket_entries: CorpusEntry[] }[])
      .flatMap((c) => c.docket_entries.map((e) => `${e.short_description ?? ''} ${e.description ?? ''}`));
    expect(items.length).toBeGreaterThan(100);
    expect(items.some((t) => /Set\/Reset (?:Deadlines\/)?Hearings/.test(t))).toBe(true);
    expect(items.flatMap((t) => parseHearingMentions(t))).toEqual([]);
  });
});

describe('parseHearingMentions on hand-written edge cases', () => {
  it('reads the issue examples', () => {
    expect(brief('Motion Hearing set for 4/23/2026 10:00 AM before Judge Araceli Martinez-Olguin.')).toEqual([
      { action: 'set', kind: 'hearing', what: 'motion_hearing', date: '2026-04-23', time: '10:00', previousDate: null },
    ]);
    expect(brief('Final Approval Hearing set for 9/3/2026 02:00 PM in Courtroom 12.')[0]).toMatchObject({
      what: 'final_approval_hearing',
      date: '2026-09-03',
      time: '14:00',
    });
    expect(brief('Case Management Conference reset to 6/4/2026 at 1:30 p.m.')[0]).toMatchObject({
      action: 'reset',
      what: 'case_management_conference',
      date: '2026-06-04',
      time: '13:30',
      previousDate: null,
    });
    expect(brief('Responses due by 5/1/2026. Reply due by 5/15/2026.')).toEqual([
      {
        action: 'set',
        kind: 'deadline',
        what: 'response_deadline',
        date: '2026-05-01',
        time: null,
        previousDate: null,
      },
      { action: 'set', kind: 'deadline', what: 'reply_deadline', date: '2026-05-15', time: null, previousDate: null },
    ]);
    expect(brief('Minute Entry for proceedings held before Judge Rakoff: Status Conference held on 3/2/2026.')).toEqual(
      [
        {
          action: 'held',
          kind: 'hearing',
          what: 'status_conference',
          date: '2026-03-02',
          time: null,
          previousDate: null,
        },
      ],
    );
  });

  it('leaves impossible dates and times unparsed rather than guessing', () => {
    expect(brief('Motion Hearing set for 2/30/2026 10:00 AM.')).toEqual([]);
    expect(brief('Status Conference set for 13/01/2026.')).toEqual([]);
    expect(brief('Motion Hearing set for 4/23/2026 at 25:00.')[0]).toMatchObject({ date: '2026-04-23', time: null });
    expect(parseDocketDate('February 29, 2027')).toBeNull();
    expect(parseDocketDate('February 29, 2028')).toBe('2028-02-29');
    expect(parseDocketTime('12:00 noon')).toBe('12:00');
    expect(parseDocketTime('12:15 AM')).toBe('00:15');
    expect(parseDocketTime('13:00 PM')).toBeNull();
  });

  it('ignores dates that are not hearings (bond amounts, transcript deadlines, terminated motions)', () => {
    expect(brief('Bond set for $5,000 P/S. Redacted Transcript Deadline set for 10/20/2026.')).toEqual([]);
    expect(brief('Release of Transcript Restriction set for 12/19/2026.')).toEqual([]);
    expect(brief('ORDER granting 12 Motion to Dismiss. Motions terminated: 12 MOTION to Dismiss.')).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(parseHearingMentions('')).toEqual([]);
    expect(parseHearingMentions('set for '.repeat(5000))).toEqual([]);
    expect(parseHearingMentions(`${'a '.repeat(30_000)}Motion Hearing set for 4/23/2026`)).toEqual([]);
    expect(brief('set for 4/23/2026')).toEqual([]);
  });
});
