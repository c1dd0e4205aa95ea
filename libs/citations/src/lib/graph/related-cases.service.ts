import { Injectable } from '@nestjs/common';
import { CasesService } from '@casetrail/cases';
import { CaseLinks, RelatedReason } from './case-links';
import { CaseGraphRepository } from './case-graph.repository';
import type { RelatedCasesView, RelatedCaseView } from './graph-views';

const WEIGHT: Record<RelatedReason['kind'], number> = {
  relation: 1000,
  mdl_sibling: 500,
  cites: 100,
  cited_by: 100,
  shared_party: 10,
  shared_judge: 1,
};

/** Organisations shared on the same side count more than a shared individual or opposite sides. */
function weight(reason: RelatedReason): number {
  if (reason.kind !== 'shared_party') return WEIGHT[reason.kind];
  const sameSide = reason.roles.thisCase.some((role) => reason.roles.otherCase.includes(role));
  return WEIGHT.shared_party * (reason.organisation ? 2 : 1) * (sameSide ? 2 : 1);
}

/** Every case related to one case, each with the reasons, strongest first. */
@Injectable()
export class RelatedCasesService {
  constructor(
    private readonly repository: CaseGraphRepository,
    private readonly cases: CasesService,
    private readonly links: CaseLinks,
  ) {}

  async related(idOrSlug: string): Promise<RelatedCasesView> {
    const entity = await this.cases.findEntity(idOrSlug);
    const reasonsByCase = new Map<string, RelatedReason[]>();
    const add = (otherId: string, reason: RelatedReason) =>
      reasonsByCase.set(otherId, [...(reasonsByCase.get(otherId) ?? []), reason]);
    for (const link of await this.links.of([entity.id])) add(link.otherId, link.reason);
    // The other members of the family the case is a member of (the graph reaches them through the MDL).
    const family = await this.cases.familyOf(entity.id);
    if (family.root.id !== entity.id) {
      const mdl = { id: family.root.id, slug: family.root.slug, shortName: family.root.shortName };
      for (const sibling of family.members) if (sibling.id !== entity.id) add(sibling.id, { kind: 'mdl_sibling', mdl });
    }
    const summaries = await this.repository.caseSummaries([...reasonsByCase.keys()]);
    const related: (RelatedCaseView & { score: number })[] = [];
    for (const [otherId, reasons] of reasonsByCase) {
      const summary = summaries.get(otherId);
      if (!summary) continue;
      const sorted = [...reasons].sort((a, b) => weight(b) - weight(a));
      related.push({ case: summary, reasons: sorted, score: sorted.reduce((sum, r) => sum + weight(r), 0) });
    }
    related.sort((a, b) => b.score - a.score || a.case.shortName.localeCompare(b.case.shortName));
    return {
      case: { id: entity.id, slug: entity.slug, shortName: entity.shortName },
      related: related.map(({ case: summary, reasons }) => ({ case: summary, reasons })),
    };
  }
}
