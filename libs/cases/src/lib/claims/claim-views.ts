import { CaseClaimStatusChange } from './case-claim-status-change.entity';
import { CaseClaim } from './case-claim.entity';

export interface ClaimSourceView {
  documentId: string | null;
  entryNumber: number | null;
  page: number | null;
  url: string | null;
}

export interface ClaimStatusChangeView {
  id: string;
  fromStatus: string | null;
  status: string;
  decidedOn: string | null;
  source: ClaimSourceView;
  note: string | null;
  recordedAt: string;
}

export interface ClaimView {
  id: string;
  code: string;
  heading: string;
  label: string | null;
  ordinal: number | null;
  statutes: string[];
  source: ClaimSourceView;
  status: string;
  history: ClaimStatusChangeView[];
}

export function toClaimView(claim: CaseClaim, history: readonly CaseClaimStatusChange[]): ClaimView {
  return {
    id: claim.id,
    code: claim.code,
    heading: claim.heading,
    label: claim.label,
    ordinal: claim.ordinal,
    statutes: claim.statutes,
    source: { documentId: claim.documentId, entryNumber: claim.entryNumber, page: claim.page, url: claim.sourceUrl },
    status: claim.status,
    history: history.map((h) => ({
      id: h.id,
      fromStatus: h.fromStatus,
      status: h.status,
      decidedOn: h.decidedOn,
      source: { documentId: h.documentId, entryNumber: h.entryNumber, page: h.page, url: h.sourceUrl },
      note: h.note,
      recordedAt: h.createdAt.toISOString(),
    })),
  };
}
