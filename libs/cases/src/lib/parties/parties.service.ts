import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Judge } from '../judges/judge.entity';
import { CaseJudge, JudgeRole } from '../judges/case-judge.entity';
import { CaseParty } from './case-party.entity';
import { normalizePartyName } from './normalize-party-name';
import { Party } from './party.entity';
import { PartyRole } from './party-role';

/** Upserts parties and judges by their normalised names and links them to cases idempotently. */
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

  async attachJudge(
    manager: EntityManager,
    caseId: string,
    name: string,
    role: JudgeRole,
    title: string | null,
  ): Promise<void> {
    const normalizedName = normalizePartyName(name);
    await manager
      .createQueryBuilder()
      .insert()
      .into(Judge)
      .values({ name: name.trim(), normalizedName })
      .orIgnore()
      .execute();
    const judge = await manager.getRepository(Judge).findOneOrFail({ where: { normalizedName } });
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseJudge)
      .values({ caseId, judgeId: judge.id, role, title })
      .orUpdate(['title'], ['case_id', 'judge_id', 'role'])
      .execute();
  }
}
