import * as fs from 'fs';
import { corpusPath } from '@casetrail/testing';
import { readCorpusText } from '../../testing/corpus';
import { parseDocketReport } from './docket-report';
import { PacerError, PacerErrorCode } from '../pacer-error';

const html = (name: string): string => readCorpusText(corpusPath('pacer', 'dockets', `${name}.html`));
// juriscraper's expected parse, for the values our camelCase model must carry too.
const expected = (
  name: string,
): Record<string, unknown> & { parties: Record<string, unknown>[]; docket_entries: Record<string, unknown>[] } =>
  JSON.parse(fs.readFileSync(corpusPath('pacer', 'dockets', `${name}.json`), 'utf8'));

describe('parseDocketReport', () => {
  it('reads the case header of a district civil docket', () => {
    const r = parseDocketReport(html('akd'));
    const j = expected('akd');
    expect(r.court).toBe(j.court_id);
    expect(r.caseName).toBe(j.case_name);
    expect(r.docketNumber).toBe(j.docket_number);
    expect(r.dateFiled).toBe(j.date_filed);
    expect(r.dateTerminated).toBe(j.date_terminated);
    expect(r.assignedTo).toBe(j.assigned_to_str);
    expect(r.cause).toBe(j.cause);
    expect(r.natureOfSuit).toBe(j.nature_of_suit);
    expect(r.juryDemand).toBe(j.jury_demand);
    expect(r.jurisdiction).toBe(j.jurisdiction);
    expect(r.docketNumberParts).toEqual({
      officeCode: j.federal_dn_office_code,
      caseType: j.federal_dn_case_type,
      judgeInitialsAssigned: j.federal_dn_judge_initials_assigned,
      judgeInitialsReferred: j.federal_dn_judge_initials_referred,
      defendantNumber: j.federal_defendant_number,
    });
  });

  it('reads parties with their attorneys, roles and termination dates', () => {
    const r = parseDocketReport(html('akd'));
    const j = expected('akd');
    expect(r.parties.map((p) => [p.name, p.type, p.dateTerminated])).toEqual(
      j.parties.map((p) => [p.name, p.type, p.date_terminated]),
    );
    const lawyer = r.parties[0].attorneys[0];
    const jLawyer = (j.parties[0].attorneys as { name: string; contact: string; roles: string[] }[])[0];
    expect(lawyer).toEqual({ name: jLawyer.name, contact: jLawyer.contact, roles: jLawyer.roles });
  });

  it('reads docket entries with ISO dates, numbers and PACER ids', () => {
    const r = parseDocketReport(html('dcd_3'));
    const j = expected('dcd_3');
    expect(r.entries).toHaveLength(j.docket_entries.length);
    r.entries.forEach((e, i) => {
      const je = j.docket_entries[i];
      expect(e.dateFiled).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect([e.dateFiled, e.documentNumber, e.pacerDocId ?? null, e.pacerSeqNo ?? null]).toEqual([
        je.date_filed,
        je.document_number,
        je.pacer_doc_id,
        je.pacer_seq_no,
      ]);
    });
    // Entries without a document (minute orders) have a null number.
    expect(r.entries.some((e) => e.documentNumber === null)).toBe(true);
    // The multi-document report lists attachments under the complaint.
    expect(r.entries[0].attachments?.map((a) => a.description)).toEqual(
      (j.docket_entries[0].attachments as { description: string }[]).map((a) => a.description),
    );
  });

  it('reads bankruptcy dockets: debtor as case name, petition number, conversion and discharge dates', () => {
    const r = parseDocketReport(html('alnb_1'));
    const j = expected('alnb_1');
    expect(r.isBankruptcy).toBe(true);
    expect([r.caseName, r.docketNumber, r.dateConverted, r.dateDischarged, r.assignedTo]).toEqual([
      j.case_name,
      j.docket_number,
      j.date_converted,
      j.date_discharged,
      j.assigned_to_str,
    ]);
    // "(See above for address)" is replaced by the contact given earlier for the same attorney.
    expect(r.parties[1].attorneys[0].contact).toBe(r.parties[0].attorneys[0].contact);
    expect(r.parties[1].attorneys[0].contact).not.toMatch(/see above/i);
  });

  it('attaches criminal counts and complaints to the defendant', () => {
    const r = parseDocketReport(html('cand_3'));
    const j = expected('cand_3');
    const defendant = r.parties.find((p) => p.criminalData);
    const jData = j.parties.find((p) => p.criminal_data)?.criminal_data as { counts: { name: string }[] };
    expect(defendant?.criminalData?.counts.map((c) => c.name)).toEqual(jData.counts.map((c) => c.name));
  });

  it('takes the court from the page, else from the caller', () => {
    expect(parseDocketReport(html('nysd_2'), { court: 'cand' }).court).toBe('nysd');
    expect(parseDocketReport(html('dcd_1'), { court: 'dcd' }).court).toBe('dcd');
    expect(parseDocketReport(html('dcd_1')).court).toBeNull();
  });

  it('refuses what is not a docket report', () => {
    expect(() => parseDocketReport('')).toThrow(PacerError);
    try {
      parseDocketReport(html('canb_1'));
      throw new Error('should have refused');
    } catch (e) {
      expect((e as PacerError).code).toBe(PacerErrorCode.NotADocketReport);
    }
  });

  it('reads a line break inside an entry as a space between its words', () => {
    const withBreak = html('njd_509180').replace(
      'COMPLAINT against ANNORA PHARMA PRIVATE LIMITED',
      'COMPLAINT<br>against ANNORA<br/>PHARMA PRIVATE LIMITED',
    );
    const entry = parseDocketReport(withBreak).entries[0];
    expect(entry.description).toMatch(/^COMPLAINT against ANNORA PHARMA PRIVATE LIMITED, /);
  });

  it('on import (strict), refuses a court that contradicts the one the docket report states', () => {
    expect(() => parseDocketReport(html('njd_509180'), { court: 'nysd', strictCourt: true })).toThrow(
      expect.objectContaining({ code: PacerErrorCode.CourtMismatch }),
    );
    expect(parseDocketReport(html('njd_509180'), { court: 'njd' }).court).toBe('njd');
  });
});
