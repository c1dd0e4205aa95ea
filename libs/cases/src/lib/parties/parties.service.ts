import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChangeCounts, emptyCounts } from '../docket/docket-entry-input';
import { Judge } from '../judges/judge.entity';
import { CaseJudge, JudgeRole } from '../judges/case-judge.entity';
import { Attorney, CaseParty } from './case-party.entity';
import { normalizePartyName } from './normalize-party-name';
import { Party } from './party.entity';
import { PartyRole } from './party-role';

/** A party's link to a case as a source lists it (one link per party and role). */
export interface CasePartyLink {
  name: string;
  role: PartyRole;
  roleAsWritten: string | null;
  attorneys: Attorney[];
  terminatedOn: string | null;
}

/**
 * The one writer of parties, judges and their links to cases: names are upserted by their
 * normalised form, links idempotently.
 */
@Injectable()
export class PartiesService {
  async upsertParty(manager: EntityManager, name: string): Promise<Party> {
    const normalizedName = normalizePartyName(name);
    await manager
      .createQueryBuilder()
      .insert()
      .into(Party)
      .values({ name: name.trim(), normalizedName })
      .orIgnore()
      .execute();
    return manager.getRepository(Party).findOneOrFail({ where: { normalizedName } });
  }

  async upsertJudge(manager: EntityManager, name: string): Promise<Judge> {
    const normalizedName = normalizePartyName(name);
    await manager
      .createQueryBuilder()
      .insert()
      .into(Judge)
      .values({ name: name.trim(), normalizedName })
      .orIgnore()
      .execute();
    return manager.getRepository(Judge).findOneOrFail({ where: { normalizedName } });
  }

  async attach(
    manager: EntityManager,
    caseId: string,
    name: string,
    role: PartyRole,
    extra: Partial<Pick<CaseParty, 'roleAsWritten' | 'attorneys' | 'terminatedOn'>> = {},
  ): Promise<void> {
    const party = await this.upsertParty(manager, name);
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseParty)
      .values({
        caseId,
        partyId: party.id,
        role,
        roleAsWritten: extra.roleAsWritten ?? null,
        attorneys: extra.attorneys ?? [],
        terminatedOn: extra.terminatedOn ?? null,
      })
      .orUpdate(['role_as_written', 'attorneys', 'terminated_on'], ['case_id', 'party_id', 'role'])
      .execute();
  }

  /** Links a source's parties to the case, counting what was created, updated or already so. */
  async linkParties(manager: EntityManager, caseId: string, links: Iterable<CasePartyLink>): Promise<ChangeCounts> {
    const counts = emptyCounts();
    const repo = manager.getRepository(CaseParty);
    for (const link of links) {
      const party = await this.upsertParty(manager, link.name);
      const key = { caseId, partyId: party.id, role: link.role };
      const values = { roleAsWritten: link.roleAsWritten, attorneys: link.attorneys, terminatedOn: link.terminatedOn };
      const existing = await repo.findOne({ where: key });
      if (!existing) {
        await repo.insert({ ...key, ...values });
        counts.created += 1;
      } else if (
        existing.roleAsWritten !== values.roleAsWritten ||
        existing.terminatedOn !== values.terminatedOn ||
        canonical(existing.attorneys) !== canonical(values.attorneys)
      ) {
        await repo.update(key, values);
        counts.updated += 1;
      } else {
        counts.unchanged += 1;
      }
    }
    return counts;
  }

  async attachJudge(
    manager: EntityManager,
    caseId: string,
    name: string,
    role: JudgeRole,
    title: string | null,
  ): Promise<void> {
    const judge = await this.upsertJudge(manager, name);
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseJudge)
      .values({ caseId, judgeId: judge.id, role, title })
      .orUpdate(['title'], ['case_id', 'judge_id', 'role'])
      .execute();
  }

  /** Links judges a source names; a judge already linked in that role is left as it is (title included). */
  async linkJudges(
    manager: EntityManager,
    caseId: string,
    judges: { name: string; role: JudgeRole }[],
  ): Promise<ChangeCounts> {
    const counts = emptyCounts();
    for (const { name, role } of judges) {
      if (!normalizePartyName(name)) continue;
      const judge = await this.upsertJudge(manager, name);
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
