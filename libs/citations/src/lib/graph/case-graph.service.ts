import { Injectable } from '@nestjs/common';
import { CasesService } from '@casetrail/cases';
import { CaseLink, CaseLinks, LINK_KINDS, LinkKind } from './case-links';
import { CaseGraphRepository } from './case-graph.repository';
import type { CaseGraphView, GraphEdge, GraphNode } from './graph-views';

export const MAX_GRAPH_DEPTH = 3;
export const MAX_GRAPH_NODES = 300;

export interface GraphQuery {
  case: string;
  depth?: number;
  kinds?: LinkKind[];
}

function pair(a: string, b: string): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/** One edge per link; the same link seen from both ends gets the same id. */
function edgeOf(link: CaseLink): GraphEdge | null {
  const r = link.reason;
  switch (r.kind) {
    case 'relation': {
      const [source, target] = r.direction === 'outgoing' ? [link.caseId, link.otherId] : [link.otherId, link.caseId];
      return {
        id: `relation:${r.type}:${source}:${target}`,
        kind: LinkKind.Relation,
        source,
        target,
        label: r.type,
        directed: true,
      };
    }
    case 'mdl_sibling':
      return null;
    case 'shared_party':
      return {
        id: `party:${r.groupKey}:${pair(link.caseId, link.otherId)}`,
        kind: LinkKind.Party,
        source: link.caseId < link.otherId ? link.caseId : link.otherId,
        target: link.caseId < link.otherId ? link.otherId : link.caseId,
        label: r.group,
        directed: false,
      };
    case 'shared_judge':
      return {
        id: `judge:${r.judge.toLowerCase()}:${pair(link.caseId, link.otherId)}`,
        kind: LinkKind.Judge,
        source: link.caseId < link.otherId ? link.caseId : link.otherId,
        target: link.caseId < link.otherId ? link.otherId : link.caseId,
        label: r.judge,
        directed: false,
      };
    case 'cites':
    case 'cited_by': {
      const [source, target] = r.kind === 'cites' ? [link.caseId, link.otherId] : [link.otherId, link.caseId];
      return {
        id: `cites:${source}:${target}`,
        kind: LinkKind.Citation,
        source,
        target,
        label: 'cites',
        directed: true,
        count: r.count,
      };
    }
  }
}

/** The case graph around one case: breadth-first over its links, depth-limited, as nodes and edges. */
@Injectable()
export class CaseGraphService {
  constructor(
    private readonly repository: CaseGraphRepository,
    private readonly cases: CasesService,
    private readonly links: CaseLinks,
  ) {}

  async graph(query: GraphQuery): Promise<CaseGraphView> {
    const root = await this.cases.findEntity(query.case);
    const depth = Math.min(Math.max(query.depth ?? 1, 1), MAX_GRAPH_DEPTH);
    const kinds = new Set(query.kinds && query.kinds.length > 0 ? query.kinds : LINK_KINDS);
    const depthOf = new Map<string, number>([[root.id, 0]]);
    const edges = new Map<string, GraphEdge>();
    let frontier = [root.id];
    let truncated = false;
    const addEdges = (found: CaseLink[], onlyKnown: boolean): void => {
      for (const link of found) {
        if (onlyKnown && !depthOf.has(link.otherId)) continue;
        const edge = edgeOf(link);
        if (edge && depthOf.has(link.otherId)) edges.set(edge.id, edge);
      }
    };
    for (let level = 1; level <= depth && frontier.length > 0; level++) {
      const found = await this.links.of(frontier, { kinds });
      const next: string[] = [];
      for (const link of found) {
        if (depthOf.has(link.otherId)) continue;
        if (depthOf.size >= MAX_GRAPH_NODES) {
          truncated = true;
          continue;
        }
        depthOf.set(link.otherId, level);
        next.push(link.otherId);
      }
      addEdges(found, false);
      frontier = next;
    }
    // Edges among the cases of the last level (their links were not walked).
    if (frontier.length > 0) addEdges(await this.links.of(frontier, { kinds }), true);

    const summaries = await this.repository.caseSummaries([...depthOf.keys()]);
    const nodes: GraphNode[] = [];
    for (const [id, d] of depthOf) {
      const summary = summaries.get(id);
      if (summary) nodes.push({ ...summary, depth: d });
    }
    nodes.sort((a, b) => a.depth - b.depth || a.shortName.localeCompare(b.shortName));
    return {
      root: root.id,
      depth,
      nodes,
      edges: [...edges.values()].sort((a, b) => a.id.localeCompare(b.id)),
      truncated,
    };
  }
}
