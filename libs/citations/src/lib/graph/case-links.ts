import { Injectable } from '@nestjs/common';
import { CaseRelationType, ORGANISATION_GROUPS, partyGroup, PartyGroup, PartyRole } from '@casetrail/cases';
import { escapeLike } from '@casetrail/core';
import type { CaseRef } from '../storage/citation-views';
import { CaseGraphRepository, CasePartyRow } from './case-graph.repository';

/** Why two cases belong together. `thisCase` is the case asked about, `otherCase` the related one. */
export type RelatedReason =
  | { kind: 'relation'; type: CaseRelationType; direction: 'outgoing' | 'incoming'; note: string | null }
  /** Both are members of one family; `mdl` is its head (the MDL, or the lead case of a consolidation). */
  | { kind: 'mdl_sibling'; mdl: CaseRef }
  | {
      kind: 'shared_party';
      /** "OpenAI" for an organisation group, else the party's name as this case writes it */
      group: string;
      /** stable across spellings: `org:openai`, `party:getty images us` */
      groupKey: string;
      organisation: boolean;
      roles: { thisCase: PartyRole[]; otherCase: PartyRole[] };
      names: { thisCase: string[]; otherCase: string[] };
    }
  | { kind: 'shared_judge'; judge: string }
  | { kind: 'cites' | 'cited_by'; count: number; keys: string[] };

export enum LinkKind {
  Relation = 'relation',
  Party = 'party',
  Judge = 'judge',
  Citation = 'citation',
}

export const LINK_KINDS = Object.values(LinkKind);

export interface CaseLink {
  caseId: string;
  otherId: string;
  reason: RelatedReason;
}

export interface LinkOptions {
  kinds?: ReadonlySet<LinkKind>;
}

type PartyRow = CasePartyRow;

const MAX_KEYS = 20;

function uniqueSorted<T extends string>(values: T[]): T[] {
  return [...new Set(values)].sort();
}

/** Finds every link of a set of cases in a few set-based queries (no query per case). */
@Injectable()
export class CaseLinks {
  constructor(private readonly repository: CaseGraphRepository) {}

  async of(caseIds: readonly string[], options: LinkOptions = {}): Promise<CaseLink[]> {
    if (caseIds.length === 0) return [];
    const kinds = options.kinds ?? new Set(LINK_KINDS);
    const ids = [...new Set(caseIds)];
    const links: CaseLink[] = [];
    if (kinds.has(LinkKind.Relation)) links.push(...(await this.relations(ids)));
    if (kinds.has(LinkKind.Party)) links.push(...(await this.sharedParties(ids)));
    if (kinds.has(LinkKind.Judge)) links.push(...(await this.sharedJudges(ids)));
    if (kinds.has(LinkKind.Citation)) links.push(...(await this.citations(ids)));
    return links.filter((l) => l.caseId !== l.otherId);
  }

  private async relations(ids: string[]): Promise<CaseLink[]> {
    const rows = await this.repository.relationsOf(ids);
    const wanted = new Set(ids);
    const links: CaseLink[] = [];
    for (const r of rows) {
      if (wanted.has(r.from_case_id)) {
        links.push({
          caseId: r.from_case_id,
          otherId: r.to_case_id,
          reason: { kind: 'relation', type: r.type, direction: 'outgoing', note: r.note },
        });
      }
      if (wanted.has(r.to_case_id)) {
        links.push({
          caseId: r.to_case_id,
          otherId: r.from_case_id,
          reason: { kind: 'relation', type: r.type, direction: 'incoming', note: r.note },
        });
      }
    }
    return links;
  }

  private async sharedParties(ids: string[]): Promise<CaseLink[]> {
    const own = await this.repository.partiesOf(ids);
    const ownGroups = own.flatMap((row) => {
      const group = partyGroup(row.name);
      return group ? [{ row, group }] : [];
    });
    if (ownGroups.length === 0) return [];
    // Candidates share the first word of the stem (or of a group prefix); the group decides.
    const patterns = new Set(
      ownGroups.flatMap(({ group }) =>
        group.organisation
          ? organisationPrefixes(group)
          : [`${escapeLike(group.key.slice('party:'.length).split(' ')[0])}%`],
      ),
    );
    const candidates = await this.repository.partiesLike([...patterns]);
    const byGroup = new Map<string, { group: PartyGroup; rows: PartyRow[] }>();
    for (const row of candidates) {
      const group = partyGroup(row.name);
      if (!group) continue;
      const entry = byGroup.get(group.key) ?? { group, rows: [] };
      entry.rows.push(row);
      byGroup.set(group.key, entry);
    }
    const links: CaseLink[] = [];
    for (const caseId of ids) {
      const mine = ownGroups.filter(({ row }) => row.case_id === caseId);
      for (const key of new Set(mine.map(({ group }) => group.key))) {
        const here = mine.filter(({ group }) => group.key === key).map(({ row }) => row);
        const entry = byGroup.get(key);
        if (!entry) continue;
        const others = new Map<string, PartyRow[]>();
        for (const row of entry.rows)
          if (row.case_id !== caseId) others.set(row.case_id, [...(others.get(row.case_id) ?? []), row]);
        for (const [otherId, there] of others) {
          links.push({
            caseId,
            otherId,
            reason: {
              kind: 'shared_party',
              group: entry.group.organisation ? entry.group.label : here[0].name,
              groupKey: key,
              organisation: entry.group.organisation,
              roles: {
                thisCase: uniqueSorted(here.map((r) => r.role)),
                otherCase: uniqueSorted(there.map((r) => r.role)),
              },
              names: {
                thisCase: uniqueSorted(here.map((r) => r.name)),
                otherCase: uniqueSorted(there.map((r) => r.name)),
              },
            },
          });
        }
      }
    }
    return links;
  }

  private async sharedJudges(ids: string[]): Promise<CaseLink[]> {
    const rows = await this.repository.sharedJudges(ids);
    return rows.map((r) => ({ caseId: r.a, otherId: r.b, reason: { kind: 'shared_judge', judge: r.name } }));
  }

  private async citations(ids: string[]): Promise<CaseLink[]> {
    const rows = await this.repository.citationPairs(ids);
    const wanted = new Set(ids);
    const links: CaseLink[] = [];
    for (const r of rows) {
      const keys = r.keys.slice(0, MAX_KEYS);
      if (wanted.has(r.a)) links.push({ caseId: r.a, otherId: r.b, reason: { kind: 'cites', count: r.n, keys } });
      if (wanted.has(r.b)) links.push({ caseId: r.b, otherId: r.a, reason: { kind: 'cited_by', count: r.n, keys } });
    }
    return links;
  }
}

function organisationPrefixes(group: PartyGroup): string[] {
  const listed = ORGANISATION_GROUPS.find((g) => g.name === group.label);
  return (listed?.prefixes ?? [group.label.toLowerCase()]).map((prefix) => `${escapeLike(prefix.split(' ')[0])}%`);
}
