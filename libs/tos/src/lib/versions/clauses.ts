import { EntityManager } from 'typeorm';
import type { ClauseChange, KeyedClause } from '../analysis/types';
import { TosClause } from './tos-clause.entity';
import { ChangeCounts } from './tos-version-kind';

export async function loadKeyedClauses(manager: EntityManager, versionId: string): Promise<KeyedClause[]> {
  const rows = await manager.getRepository(TosClause).find({ where: { versionId }, order: { ordinal: 'ASC' } });
  return rows.map(toKeyedClause);
}

export function toKeyedClause(row: TosClause): KeyedClause {
  return {
    key: row.key,
    kind: row.kind,
    level: row.level,
    label: row.label,
    headingPath: row.headingPath,
    ordinal: row.ordinal,
    text: row.text,
  };
}

export function countChanges(changes: readonly ClauseChange[]): ChangeCounts {
  const counts: ChangeCounts = { added: 0, removed: 0, modified: 0, moved: 0 };
  for (const c of changes) counts[c.kind] += 1;
  return counts;
}
