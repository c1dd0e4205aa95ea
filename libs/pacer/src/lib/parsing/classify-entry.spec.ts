import * as fs from 'fs';
import { corpusPath } from '@casetrail/testing';
import { DOCKET_ENTRY_TYPES, classifyDocketEntry } from './classify-entry';
import type { ParsedEntryType } from './types';

function docketDescriptions(file: string): string[] {
  const json = JSON.parse(fs.readFileSync(corpusPath('pacer', 'dockets', `${file}.json`), 'utf8')) as {
    docket_entries: { description: string }[];
  };
  return json.docket_entries.map((e) => e.description);
}

function feedDescriptions(file: string): string[] {
  const json = JSON.parse(fs.readFileSync(corpusPath('pacer', 'rss', `${file}.json`), 'utf8')) as {
    docket_entries: { short_description: string }[];
  }[];
  return json.map((i) => i.docket_entries[0].short_description);
}

/** The first real description in a corpus file that starts with the given text. */
function realDescription(source: string, start: string): string {
  const [kind, file] = source.split(':');
  const all = kind === 'rss' ? feedDescriptions(file) : docketDescriptions(file);
  const found = all.find((d) => d.startsWith(start));
  if (!found) throw new Error(`no description starting "${start}" in ${source}`);
  return found;
}

const CASES: [string, string, ParsedEntryType][] = [
  ['dockets:dcd_3', 'COMPLAINT against GOOGLE LLC', 'complaint'],
  ['dockets:cand_7', 'COMPLAINT against Microsoft Corporation', 'complaint'],
  ['dockets:caed', 'PRISONER CIVIL RIGHTS COMPLAINT', 'complaint'],
  ['dockets:nysd', 'AMENDED COMPLAINT by Walter Tremsky', 'amended_complaint'],
  ['dockets:laed_127926', 'ANSWER to 1 Complaint', 'answer'],
  ['dockets:txsd', 'First AMENDED ANSWER', 'answer'],
  ['dockets:njd_509180', 'Annora Pharma Private Limited', 'answer'],
  ['dockets:vaed', 'Memorandum in Support re 22 MOTION to Dismiss', 'motion'],
  ['dockets:mad_193254', 'Assented to MOTION for Extension', 'motion'],
  ['dockets:laed_127926', 'EXPARTE/CONSENT MOTION to Continue Trial', 'motion'],
  ['dockets:utd', "Defendant's MOTION to Compel Evidence", 'motion'],
  ['dockets:nysd', 'NOTICE OF MOTION by Walter Tremsky', 'motion'],
  ['dockets:laed_127926', 'RESPONSE/MEMORANDUM in Opposition', 'opposition'],
  ['dockets:mad_193254', 'Opposition re 7 MOTION to Strike', 'opposition'],
  ['dockets:utd', 'RESPONSE to Motion by USA', 'opposition'],
  ['dockets:laed_127926', 'REPLY Memorandum in Support of Motion', 'reply'],
  ['dockets:njd_509180', 'REPLY BRIEF to Opposition to Motion', 'reply'],
  ['dockets:mad_193254', 'Judge Mark G. Mastroianni: ELECTRONIC ORDER entered granting', 'order'],
  ['dockets:njd_509180', 'LETTER ORDER granting', 'order'],
  ['dockets:dcd_3', 'MINUTE ORDER granting', 'order'],
  ['dockets:nyed', 'SCHEDULING ORDER', 'order'],
  ['dockets:utd', 'MEMORANDUM DECISION AND ORDER denying', 'opinion'],
  ['dockets:laed_127926', 'ORDER & REASONS granting', 'opinion'],
  ['dockets:casd_4', 'FINDINGS AND RECOMMENDATION of the Magistrate Judge', 'opinion'],
  ['dockets:laed_127926', 'JUDGMENT - Ordered that plaintiff', 'judgment'],
  ['dockets:casd_5', 'JUDGMENT as to Johnny Eduardo Cabrera', 'judgment'],
  ['dockets:nyed', 'STIPULATION of Dismissal', 'stipulation'],
  ['dockets:njd_509180', 'STIPULATION Joint Stipulation Regarding Discovery', 'stipulation'],
  ['dockets:vaed', 'Notice of Hearing Date set for', 'notice'],
  ['dockets:njd_509180', 'NOTICE of Appearance by', 'notice'],
  ['dockets:laed_127926', 'NOTICE OF APPEAL by Milan Dediol', 'notice'],
  ['dockets:njd_509180', 'Letter from Charles H. Chevalier', 'letter'],
  ['dockets:njd_509180', 'SUMMONS Returned Executed', 'summons'],
  ['dockets:akd', 'AFFIDAVIT of Service for Complaint', 'summons'],
  ['dockets:laed_127926', 'WAIVER OF SERVICE Returned Executed', 'summons'],
  ['dockets:njd_509180', '*REDACTED* Transcript of Status Conference', 'transcript'],
  ['dockets:nysd_4606', 'Transcript of record of proceedings', 'transcript'],
  ['dockets:dcd_3', 'ENTERED IN ERROR.....TRANSCRIPT', 'transcript'],
  ['dockets:njd_509180', 'Minute Entry for proceedings held', 'minute_entry'],
  ['dockets:caed_2', 'MINUTES before Judge Coyle sentencing', 'minute_entry'],
  ['dockets:nysd_4606', 'Pretrial Conference held before', 'minute_entry'],
  ['dockets:vaed', 'Corporate Disclosure Statement', 'other'],
  ['dockets:njd_509180', 'Set Deadlines as to', 'other'],
  ['dockets:njd_509180', 'Exhibit to 124 Letter', 'other'],
  ['rss:sdny_1', 'Notice of Appearance', 'notice'],
  ['rss:sdny_1', 'Civil Cover Sheet', 'other'],
  ['rss:sdny_1', 'Complaint', 'complaint'],
  ['rss:nyed_1', 'Order on Motion for Extension of Time', 'order'],
  ['rss:ca4_1', 'Judgment order filed', 'judgment'],
  ['rss:ca11', 'Opinion Issued', 'opinion'],
];

describe('classifyDocketEntry on real docket descriptions', () => {
  it.each(CASES)('%s "%s…" is %s', (source, start, type) => {
    expect(classifyDocketEntry(realDescription(source, start))).toBe(type);
  });

  it('gives every corpus description one of the known types, and most a specific one', () => {
    const files = fs.readdirSync(corpusPath('pacer', 'dockets')).filter((f) => f.endsWith('.json'));
    const all = files.flatMap((f) => {
      const json = JSON.parse(fs.readFileSync(corpusPath('pacer', 'dockets', f), 'utf8')) as {
        docket_entries?: { description: string }[];
      };
      return (json.docket_entries ?? []).map((e) => e.description);
    });
    const types = all.map(classifyDocketEntry);
    expect(types.every((t) => DOCKET_ENTRY_TYPES.includes(t))).toBe(true);
    expect(types.filter((t) => t === 'other').length / types.length).toBeLessThan(0.3);
  });

  it('treats empty text as other', () => {
    expect(classifyDocketEntry('')).toBe('other');
  });
});
