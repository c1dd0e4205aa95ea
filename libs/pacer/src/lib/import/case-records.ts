import { Attorney, CaseKey, CasePartyLink, CaseRecordsService, JudgeRole, normalizePartyName } from '@casetrail/cases';
import type { Case } from '@casetrail/cases';
import { EntityManager } from 'typeorm';
import { describePacerCourt } from '../parsing/court-names';
import { PacerError, PacerErrorCode } from '../pacer-error';
import type { ParsedDocketReport, ParsedParty } from '../parsing/types';
import { partyRoleOf } from './party-role';

/**
 * What a PACER import hands to libs/cases, the one writer of courts, cases, parties and judges:
 * the court from its PACER id, the case fields a docket report states, and its parties grouped by role.
 */

/** The court row, created from its PACER id when new; refuses ids that are neither known nor PACER's. */
export async function ensurePacerCourt(
  records: CaseRecordsService,
  manager: EntityManager,
  courtId: string,
): Promise<{ id: string; created: boolean }> {
  const id = courtId.toLowerCase();
  if (await records.courtExists(manager, id)) return { id, created: false };
  const described = describePacerCourt(id);
  if (!described) {
    throw new PacerError(PacerErrorCode.UnknownCourt, `"${courtId}" is not a PACER court id.`, { court: courtId });
  }
  await records.createCourt(manager, described);
  return { id, created: true };
}

const orNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/** The case key and the case fields a docket report states (null where it is silent). */
export function caseFromReport(
  courtId: string,
  report: ParsedDocketReport & { docketNumber: string },
): { key: CaseKey; fromReport: Partial<Case> } {
  const parts = report.docketNumberParts;
  return {
    key: { courtId, docketNumber: report.docketNumber, caseName: report.caseName },
    fromReport: {
      filedOn: report.dateFiled,
      terminatedOn: report.dateTerminated,
      natureOfSuit: orNull(report.natureOfSuit),
      cause: orNull(report.cause),
      juryDemand: orNull(report.juryDemand),
      jurisdiction: orNull(report.jurisdiction),
      judgeInitials: [parts.judgeInitialsAssigned, parts.judgeInitialsReferred].filter(Boolean).join('-') || null,
    },
  };
}

interface PartyGroup {
  name: string;
  role: CasePartyLink['role'];
  roleAsWritten: string[];
  attorneys: Attorney[];
  terminatedOn: string | null;
  active: boolean;
}

/** Parties grouped by our role: one party listed as "Defendant" and "Counter Claimant" is one defendant link. */
export function partyLinksOf(parties: ParsedParty[]): CasePartyLink[] {
  const groups = new Map<string, PartyGroup>();
  for (const p of parties) {
    const name = p.name.trim();
    if (!name) continue;
    const role = partyRoleOf(p.type);
    const key = `${normalizePartyName(name)}|${role}`;
    const group = groups.get(key) ?? {
      name,
      role,
      roleAsWritten: [],
      attorneys: [],
      terminatedOn: null,
      active: false,
    };
    if (!group.roleAsWritten.includes(p.type)) group.roleAsWritten.push(p.type);
    for (const a of p.attorneys) {
      const attorney = { name: a.name, contact: a.contact.trim() || null, roles: a.roles };
      if (!group.attorneys.some((x) => x.name === attorney.name && x.contact === attorney.contact))
        group.attorneys.push(attorney);
    }
    if (p.dateTerminated) {
      if (!group.terminatedOn || p.dateTerminated > group.terminatedOn) group.terminatedOn = p.dateTerminated;
    } else {
      group.active = true;
    }
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({
    name: g.name,
    role: g.role,
    roleAsWritten: g.roleAsWritten.join('; '),
    attorneys: g.attorneys,
    terminatedOn: g.active ? null : g.terminatedOn,
  }));
}

/** The assigned and referred judges a report names. */
export function judgesOf(report: ParsedDocketReport): { name: string; role: JudgeRole }[] {
  return [
    { name: report.assignedTo.trim(), role: JudgeRole.Assigned },
    { name: report.referredTo.trim(), role: JudgeRole.Referred },
  ];
}
