import { rows } from '@casetrail/core';
import { EntityManager, In } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CaseRelationType } from './case-relation.entity';

/**
 * The relations that put a case inside another's family: it is a member of the MDL, or it was
 * consolidated into the lead case. Membership is transitive (a case consolidated into an MDL member
 * is in the MDL's family). The other relation types (transfers, appeals, refilings, `related`) link
 * families without merging them.
 */
export const FAMILY_MEMBERSHIP: readonly CaseRelationType[] = [
  CaseRelationType.MdlMember,
  CaseRelationType.ConsolidatedWith,
];

/** A case family: the MDL or lead case at its head and the cases linked into it. */
export interface CaseFamily {
  /** The family's head: the MDL or lead case at the top (with `asHead`, the case asked about). */
  root: Case;
  /** Every case linked into the root as an MDL member or consolidated case, directly or through another member; earliest filed first, undated last. */
  members: Case[];
  /** With `adjacent`: the other cases one relation of any type away from the root, that are not members. Empty otherwise. */
  adjacent: Case[];
}

export interface FamilyOptions {
  /**
   * Take the case asked about as the head, with the cases linked into it, instead of climbing to
   * the top of the family it belongs to (a timeline's `family=`: a member names the cases consolidated into it).
   */
  asHead?: boolean;
  /**
   * Also take in every case one relation of any type away from the head (the alerts `family`
   * target: transfers, appeals, refilings and `related` cases fire too).
   */
  adjacent?: boolean;
}

/**
 * The head of the family a case belongs to: follow the case's membership upwards (an MDL membership
 * before a consolidation, then the oldest link) until a case that is nobody's member. A cycle in
 * the data stops the climb at the last case not yet visited.
 */
export async function climbToFamilyHead(manager: EntityManager, caseId: string): Promise<string> {
  const visited = new Set([caseId]);
  let head = caseId;
  for (;;) {
    const [up] = await rows<{ to_case_id: string }>(
      manager,
      `SELECT to_case_id FROM case_relations WHERE from_case_id = $1 AND type = ANY($2::text[])
        ORDER BY (type = $3) DESC, created_at, id LIMIT 1`,
      [head, FAMILY_MEMBERSHIP, CaseRelationType.MdlMember],
    );
    if (!up || visited.has(up.to_case_id)) return head;
    visited.add(up.to_case_id);
    head = up.to_case_id;
  }
}

/** The family headed by `root` (see {@link CaseFamily}). */
export async function loadFamily(manager: EntityManager, root: Case, adjacent: boolean): Promise<CaseFamily> {
  const memberRows = await rows<{ id: string }>(
    manager,
    `WITH RECURSIVE below(id) AS (
       SELECT $1::uuid
       UNION
       SELECT r.from_case_id FROM below JOIN case_relations r ON r.to_case_id = below.id AND r.type = ANY($2::text[])
     )
     SELECT id FROM below WHERE id <> $1`,
    [root.id, FAMILY_MEMBERSHIP],
  );
  const memberIds = memberRows.map((r) => r.id);
  const adjacentIds = adjacent
    ? (
        await rows<{ id: string }>(
          manager,
          `SELECT to_case_id AS id FROM case_relations WHERE from_case_id = $1
         UNION SELECT from_case_id FROM case_relations WHERE to_case_id = $1`,
          [root.id],
        )
      )
        .map((r) => r.id)
        .filter((id) => id !== root.id && !memberIds.includes(id))
    : [];
  return {
    root,
    members: await loadInFilingOrder(manager, memberIds),
    adjacent: await loadInFilingOrder(manager, adjacentIds),
  };
}

/**
 * For each case, the heads whose family takes it in: the case itself, every case it is a member of
 * (directly or through another member), and with `adjacent` every case one relation away. The
 * exact inverse of {@link loadFamily}: `c` is in the family headed by `h` iff `h` is among the
 * family heads of `c`. Unknown ids are left out.
 */
export async function loadFamilyHeads(
  manager: EntityManager,
  caseIds: readonly string[],
  adjacent: boolean,
): Promise<Map<string, string[]>> {
  if (caseIds.length === 0) return new Map();
  const found = await rows<{ case_id: string; head_id: string }>(
    manager,
    `WITH RECURSIVE above(case_id, head_id) AS (
       SELECT c.id, c.id FROM cases c WHERE c.id = ANY($1::uuid[])
       UNION
       SELECT above.case_id, r.to_case_id FROM above JOIN case_relations r ON r.from_case_id = above.head_id AND r.type = ANY($2::text[])
     )
     SELECT case_id, head_id FROM above
     UNION
     SELECT c.id, CASE WHEN r.from_case_id = c.id THEN r.to_case_id ELSE r.from_case_id END
       FROM cases c JOIN case_relations r ON r.from_case_id = c.id OR r.to_case_id = c.id
      WHERE $3::boolean AND c.id = ANY($1::uuid[])
     ORDER BY 1, 2`,
    [caseIds, FAMILY_MEMBERSHIP, adjacent],
  );
  const heads = new Map<string, string[]>();
  for (const row of found) heads.set(row.case_id, [...(heads.get(row.case_id) ?? []), row.head_id]);
  return heads;
}

async function loadInFilingOrder(manager: EntityManager, ids: string[]): Promise<Case[]> {
  if (ids.length === 0) return [];
  return manager.getRepository(Case).find({ where: { id: In(ids) }, order: { filedOn: 'ASC', slug: 'ASC' } });
}
