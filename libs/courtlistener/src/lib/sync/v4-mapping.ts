import { Attorney, CaseKey, CasePartyLink, DocketEntryInput, normalizePartyName, PartyRole } from '@casetrail/cases';
import type { Case } from '@casetrail/cases';
import { classifyDocketEntry, partyRoleOf } from '@casetrail/pacer';
import { ATTORNEY_ROLES, RECAP_DOCUMENT_TYPE } from '../api/v4-types';
import type { V4Attorney, V4Docket, V4DocketEntry, V4Party, V4RecapDocument } from '../api/v4-types';

const MAX_ENTRY_NUMBER = 2_000_000;
const orNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** The case key and the case fields a CourtListener docket states (null where it is silent). */
export function caseFromDocket(docket: V4Docket): { key: CaseKey; fields: Partial<Case> } {
  return {
    key: { courtId: docket.court_id.toLowerCase(), docketNumber: docket.docket_number, caseName: docket.case_name },
    fields: {
      filedOn: docket.date_filed,
      terminatedOn: docket.date_terminated,
      natureOfSuit: orNull(docket.nature_of_suit),
      cause: orNull(docket.cause),
      juryDemand: orNull(docket.jury_demand),
      jurisdiction: orNull(docket.jurisdiction_type),
    },
  };
}

/** The entry's main document: `document_type` 1 (the attachments are type 2). */
export function mainDocument(entry: V4DocketEntry): V4RecapDocument | undefined {
  return entry.recap_documents.find((d) => d.document_type === RECAP_DOCUMENT_TYPE.PacerDocument);
}

/** A CourtListener entry as an input of libs/cases; null for an entry without a filing date (nothing to place it by). */
export function entryInput(entry: V4DocketEntry): DocketEntryInput | null {
  if (!entry.date_filed) return null;
  const main = mainDocument(entry);
  const n = entry.entry_number;
  const entryNumber = n !== null && n > 0 && n <= MAX_ENTRY_NUMBER ? n : null;
  const description = entry.description.trim() || main?.description.trim() || '';
  return {
    entryNumber,
    dateFiled: entry.date_filed,
    description,
    shortDescription: orNull(main?.description),
    pacerDocId: orNull(main?.pacer_doc_id),
    pacerSeqNo: entry.pacer_sequence_number === null ? null : String(entry.pacer_sequence_number),
    pageCount: main?.page_count ?? null,
    attachments: entry.recap_documents
      .filter((d) => d.document_type === RECAP_DOCUMENT_TYPE.Attachment && d.attachment_number !== null)
      .sort((a, b) => (a.attachment_number ?? 0) - (b.attachment_number ?? 0))
      .map((d) => ({
        number: d.attachment_number as number,
        description: d.description,
        pageCount: d.page_count,
        pacerDocId: orNull(d.pacer_doc_id),
      })),
    entryType: classifyDocketEntry(description),
  };
}

/** Parties with their attorneys (names and contacts from the attorneys endpoint), one link per party and role. */
export function partyLinks(parties: V4Party[], attorneys: V4Attorney[], docketId: string): CasePartyLink[] {
  const byId = new Map(attorneys.map((a) => [a.id, a]));
  const links = new Map<string, CasePartyLink>();
  for (const party of parties) {
    const name = party.name.trim();
    if (!name) continue;
    const types = party.party_types.map((t) => t.party_type.trim()).filter(Boolean);
    const roles = new Map<PartyRole, string[]>();
    for (const type of types.length > 0 ? types : ['']) {
      // CourtListener's party types are PACER's own: one reading, so both sources link a party alike.
      const role = partyRoleOf(type);
      roles.set(role, [...(roles.get(role) ?? []), ...(type ? [type] : [])]);
    }
    const counsel = new Map<number, Attorney>();
    for (const role of party.attorneys.filter((r) => String(r.docket_id) === docketId)) {
      const attorney = byId.get(role.attorney_id);
      if (!attorney) continue;
      const known = counsel.get(attorney.id);
      const roleName = ATTORNEY_ROLES[role.role] ?? 'UNKNOWN';
      if (known) {
        if (!known.roles.includes(roleName)) known.roles.push(roleName);
      } else {
        counsel.set(attorney.id, {
          name: attorney.name.trim(),
          contact: orNull(attorney.contact_raw),
          roles: [roleName],
        });
      }
    }
    for (const [role, written] of roles) {
      const key = `${normalizePartyName(name)}|${role}`;
      links.set(key, {
        name,
        role,
        roleAsWritten: written.length > 0 ? written.join('; ') : null,
        attorneys: [...counsel.values()],
        terminatedOn: null,
      });
    }
  }
  return [...links.values()];
}
