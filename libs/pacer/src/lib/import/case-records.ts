import {
  Attorney,
  Case,
  CaseJudge,
  CaseParty,
  CaseStatus,
  ChangeCounts,
  Court,
  Judge,
  JudgeRole,
  normalizePartyName,
  Party,
} from '@casetrail/cases';
import { normalizeDocketNumber, slugify } from '@casetrail/core';
import { EntityManager, In } from 'typeorm';
import { describePacerCourt } from '../court-names';
import { PacerError, PacerErrorCode } from '../pacer-error';
import type { DocketReport, Party as ParsedParty } from '../types';
import { partyRoleOf } from './party-role';

export type Outcome = 'created' | 'updated' | 'unchanged';

/** The court row, created from its PACER id when new; refuses ids that are neither known nor PACER's. */
export async function ensureCourt(manager: EntityManager, courtId: string): Promise<{ id: string; created: boolean }> {
  const id = courtId.toLowerCase();
  if (await manager.getRepository(Court).exists({ where: { id } })) return { id, created: false };
  const described = describePacerCourt(id);
  if (!described) {
    throw new PacerError(PacerErrorCode.UnknownCourt, `"${courtId}" is not a PACER court id.`, { court: courtId });
  }
  await manager.createQueryBuilder().insert().into(Court).values(described).orIgnore().execute();
  return { id, created: true };
}

export interface CaseKey {
  courtId: string;
  /** As the source wrote it; matched in its normalised form. */
  docketNumber: string;
  caseName: string;
}

/** Serialises writers of these cases (API, CLI and poller may import one at once) until the transaction ends. */
async function lockCases(manager: EntityManager, courtId: string, docketNumbers: string[]): Promise<void> {
  await manager.query(
    'SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM (SELECT k FROM unnest($1::text[]) AS k ORDER BY k) AS keys',
    [[...new Set(docketNumbers)].map((n) => `case:${courtId}:${n}`)],
  );
}

export async function findCase(manager: EntityManager, key: CaseKey): Promise<Case | null> {
  return (
    (await findCases(manager, key.courtId, [key.docketNumber])).get(normalizeDocketNumber(key.docketNumber)) ?? null
  );
}

/** The court's cases with these docket numbers (locked), by normalised docket number. */
export async function findCases(
  manager: EntityManager,
  courtId: string,
  docketNumbers: string[],
): Promise<Map<string, Case>> {
  const normalized = docketNumbers.map(normalizeDocketNumber);
  await lockCases(manager, courtId, normalized);
  const found = await manager.getRepository(Case).find({ where: { courtId, docketNumber: In(normalized) } });
  return new Map(found.map((c) => [c.docketNumber as string, c]));
}

/** Slugs for new cases: the case name, else name + court + number, else court + number, else numbered. */
async function uniqueSlugs(manager: EntityManager, keys: { key: CaseKey; docketNumber: string }[]): Promise<string[]> {
  const repo = manager.getRepository(Case);
  const candidates = keys.map(({ key, docketNumber }) =>
    [
      slugify(key.caseName),
      slugify(`${key.caseName} ${key.courtId} ${docketNumber}`),
      slugify(`${key.courtId} ${docketNumber}`) || 'case',
    ].filter(Boolean),
  );
  const taken = new Set(
    (await repo.find({ select: { slug: true }, where: { slug: In(candidates.flat()) } })).map((c) => c.slug),
  );
  const slugs: string[] = [];
  for (const options of candidates) {
    let slug = options.find((candidate) => !taken.has(candidate));
    for (let n = 2; !slug; n += 1) {
      const numbered = `${options[options.length - 1]}-${n}`;
      if (!taken.has(numbered) && !(await repo.exists({ where: { slug: numbered } }))) slug = numbered;
    }
    taken.add(slug);
    slugs.push(slug);
  }
  return slugs;
}

/** Creates cases that a docket or feed names for the first time (the caller holds their locks). */
export async function createCases(
  manager: EntityManager,
  keys: CaseKey[],
  values: Partial<Case> = {},
): Promise<Case[]> {
  if (keys.length === 0) return [];
  const repo = manager.getRepository(Case);
  const prepared = keys.map((key) => ({ key, docketNumber: normalizeDocketNumber(key.docketNumber) }));
  const slugs = await uniqueSlugs(manager, prepared);
  const rows = prepared.map(({ key, docketNumber }, i) => {
    const caption = key.caseName.trim() || `${key.courtId} ${docketNumber}`;
    return repo.create({
      slug: slugs[i],
      caption,
      shortName: caption.length > 200 ? `${caption.slice(0, 197)}...` : caption,
      courtId: key.courtId,
      docketNumber,
      docketNumberAsWritten: key.docketNumber,
      status: CaseStatus.Pending,
      ...values,
    });
  });
  for (let i = 0; i < rows.length; i += 500) await repo.insert(rows.slice(i, i + 500));
  return rows;
}

const orNull = (s: string | null | undefined): string | null => (s && s.trim() ? s.trim() : null);

/**
 * The case a docket report describes, created or brought up to date. Curated fields (caption, short
 * name, slug, status other than pending) are left alone; the report fills and refreshes the rest.
 */
export async function upsertCaseFromReport(
  manager: EntityManager,
  courtId: string,
  report: DocketReport & { docketNumber: string },
): Promise<{ entity: Case; outcome: Outcome }> {
  const key = { courtId, docketNumber: report.docketNumber, caseName: report.caseName };
  const parts = report.docketNumberParts;
  const fromReport: Partial<Case> = {
    filedOn: report.dateFiled,
    terminatedOn: report.dateTerminated,
    natureOfSuit: orNull(report.natureOfSuit),
    cause: orNull(report.cause),
    juryDemand: orNull(report.juryDemand),
    jurisdiction: orNull(report.jurisdiction),
    judgeInitials: [parts.judgeInitialsAssigned, parts.judgeInitialsReferred].filter(Boolean).join('-') || null,
  };
  const existing = await findCase(manager, key);
  if (!existing) {
    const status = report.dateTerminated ? CaseStatus.Closed : CaseStatus.Pending;
    const [created] = await createCases(manager, [key], { ...fromReport, status });
    return { entity: created, outcome: 'created' };
  }
  const changes: Partial<Case> = {};
  for (const [field, value] of Object.entries(fromReport) as [keyof Case, Case[keyof Case]][]) {
    if (value !== null && value !== existing[field]) Object.assign(changes, { [field]: value });
  }
  if (report.dateTerminated && existing.status === CaseStatus.Pending) changes.status = CaseStatus.Closed;
  if (Object.keys(changes).length === 0) return { entity: existing, outcome: 'unchanged' };
  await manager.getRepository(Case).update({ id: existing.id }, changes);
  return { entity: { ...existing, ...changes } as Case, outcome: 'updated' };
}

interface PartyLink {
  name: string;
  roleAsWritten: string[];
  attorneys: Attorney[];
  terminatedOn: string | null;
  active: boolean;
}

/** Parties grouped by our role: one party listed as "Defendant" and "Counter Claimant" is one defendant link. */
function partyLinks(parties: ParsedParty[]): Map<string, PartyLink & { role: ReturnType<typeof partyRoleOf> }> {
  const links = new Map<string, PartyLink & { role: ReturnType<typeof partyRoleOf> }>();
  for (const p of parties) {
    const name = p.name.trim();
    if (!name) continue;
    const role = partyRoleOf(p.type);
    const key = `${normalizePartyName(name)}|${role}`;
    const link = links.get(key) ?? { name, role, roleAsWritten: [], attorneys: [], terminatedOn: null, active: false };
    if (!link.roleAsWritten.includes(p.type)) link.roleAsWritten.push(p.type);
    for (const a of p.attorneys) {
      const attorney = { name: a.name, contact: a.contact.trim() || null, roles: a.roles };
      if (!link.attorneys.some((x) => x.name === attorney.name && x.contact === attorney.contact))
        link.attorneys.push(attorney);
    }
    if (p.dateTerminated) {
      if (!link.terminatedOn || p.dateTerminated > link.terminatedOn) link.terminatedOn = p.dateTerminated;
    } else {
      link.active = true;
    }
    links.set(key, link);
  }
  return links;
}

async function upsertParty(manager: EntityManager, name: string): Promise<Party> {
  const normalizedName = normalizePartyName(name);
  await manager.createQueryBuilder().insert().into(Party).values({ name, normalizedName }).orIgnore().execute();
  return manager.getRepository(Party).findOneOrFail({ where: { normalizedName } });
}

/** Links the report's parties (with their attorneys and the role as PACER wrote it) to the case. */
export async function upsertParties(
  manager: EntityManager,
  caseId: string,
  parties: ParsedParty[],
): Promise<ChangeCounts> {
  const counts: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
  const repo = manager.getRepository(CaseParty);
  for (const link of partyLinks(parties).values()) {
    const party = await upsertParty(manager, link.name);
    const values = {
      roleAsWritten: link.roleAsWritten.join('; '),
      attorneys: link.attorneys,
      terminatedOn: link.active ? null : link.terminatedOn,
    };
    const existing = await repo.findOne({ where: { caseId, partyId: party.id, role: link.role } });
    if (!existing) {
      await repo.insert({ caseId, partyId: party.id, role: link.role, ...values });
      counts.created += 1;
    } else if (
      existing.roleAsWritten !== values.roleAsWritten ||
      existing.terminatedOn !== values.terminatedOn ||
      canonical(existing.attorneys) !== canonical(values.attorneys)
    ) {
      await repo.update({ caseId, partyId: party.id, role: link.role }, values);
      counts.updated += 1;
    } else {
      counts.unchanged += 1;
    }
  }
  return counts;
}

/** Links the assigned and referred judges; a judge already linked in that role is left as it is. */
export async function upsertJudges(
  manager: EntityManager,
  caseId: string,
  report: DocketReport,
): Promise<ChangeCounts> {
  const counts: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
  const judges: [string, JudgeRole][] = [
    [report.assignedTo, JudgeRole.Assigned],
    [report.referredTo, JudgeRole.Referred],
  ];
  for (const [rawName, role] of judges) {
    const name = rawName.trim();
    const normalizedName = normalizePartyName(name);
    if (!normalizedName) continue;
    await manager.createQueryBuilder().insert().into(Judge).values({ name, normalizedName }).orIgnore().execute();
    const judge = await manager.getRepository(Judge).findOneOrFail({ where: { normalizedName } });
    const link = { caseId, judgeId: judge.id, role };
    if (await manager.getRepository(CaseJudge).exists({ where: link })) {
      counts.unchanged += 1;
    } else {
      await manager.getRepository(CaseJudge).insert({ ...link, title: null });
      counts.created += 1;
    }
  }
  return counts;
}

/** JSON with sorted object keys (jsonb returns keys in its own order). */
function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
