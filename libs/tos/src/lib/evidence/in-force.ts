import type { SqlRunner } from '@casetrail/core';
import { documentLinks } from './tos-evidence.repository';

/** Each document's predecessors, oldest first, then itself. */
export async function ancestry(manager: SqlRunner): Promise<Map<string, string[]>> {
  const rows = await documentLinks(manager);
  const predecessor = new Map(rows.map((r) => [r.id, r.predecessor_id]));
  return new Map(
    rows.map((r) => {
      const chain = [r.id];
      for (let p = predecessor.get(r.id); p && !chain.includes(p); p = predecessor.get(p)) chain.unshift(p);
      return [r.id, chain];
    }),
  );
}

/** For each document: itself, the documents it continues and the documents continuing it. */
export async function lineageGroups(manager: SqlRunner): Promise<Map<string, string[]>> {
  const documents = await documentLinks(manager);
  const predecessor = new Map(documents.map((d) => [d.id, d.predecessor_id]));
  const children = new Map<string, string[]>();
  for (const d of documents)
    if (d.predecessor_id) children.set(d.predecessor_id, [...(children.get(d.predecessor_id) ?? []), d.id]);
  const out = new Map<string, string[]>();
  for (const d of documents) {
    const seen = new Set([d.id]);
    for (let p = predecessor.get(d.id); p && !seen.has(p); p = predecessor.get(p)) seen.add(p);
    const queue = [...(children.get(d.id) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(children.get(next) ?? []));
    }
    out.set(d.id, [...seen]);
  }
  return out;
}
