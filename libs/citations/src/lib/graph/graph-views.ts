import type { CaseRef } from '../storage/citation-views';
import type { LinkKind, RelatedReason } from './case-links';

export interface CaseNodeSummary extends CaseRef {
  caption: string;
  courtId: string;
  docketNumber: string | null;
  status: string;
  filedOn: string | null;
}

export interface RelatedCaseView {
  case: CaseNodeSummary;
  reasons: RelatedReason[];
}

export interface RelatedCasesView {
  case: CaseRef;
  /** strongest first: relations, MDL siblings, citations, shared parties, shared judges */
  related: RelatedCaseView[];
}

export interface GraphNode extends CaseNodeSummary {
  /** hops from the case asked about */
  depth: number;
}

export interface GraphEdge {
  id: string;
  kind: LinkKind;
  source: string;
  target: string;
  /** relation type, organisation or party name, judge name, or "cites" */
  label: string;
  directed: boolean;
  /** number of citations, for citation edges */
  count?: number;
}

export interface CaseGraphView {
  root: string;
  depth: number;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** true when the node limit stopped the walk early */
  truncated: boolean;
}
