import { Page } from '@casetrail/core';
import type { ClaimView } from '../claims/claim-views';
import type { DerivedStage } from '../stages/derive-stage';
import { Case } from './case.entity';
import type { HearingView } from '../hearings/hearing-view';

export interface CaseSummaryView {
  id: string;
  slug: string;
  caption: string;
  shortName: string;
  court: { id: string; name: string | null };
  docketNumber: string | null;
  filedOn: string | null;
  terminatedOn: string | null;
  status: string;
  /** Derived from the docket and events (see docs/cases.md). */
  stage: string;
  parties: { name: string; role: string }[];
}

export interface CaseDetailView extends CaseSummaryView {
  docketNumberAsWritten: string | null;
  judgeInitials: string | null;
  otherDocketNumbers: Case['otherDocketNumbers'];
  statusNote: string | null;
  natureOfSuit: string | null;
  cause: string | null;
  juryDemand: string | null;
  jurisdiction: string | null;
  /** The tracker's free-text claims, as before; `claimRecords` holds them structured and sourced. */
  claims: string[];
  claimRecords: ClaimView[];
  /** What set the stage: a docket entry or event (with its id), the case's status, or nothing. */
  stageSource: DerivedStage['source'] | null;
  reportedCitations: string[];
  judges: { name: string; role: string; title: string | null }[];
  relations: {
    type: string;
    direction: 'outgoing' | 'incoming';
    case: { id: string; slug: string; shortName: string };
    note: string | null;
    sourceUrl: string | null;
  }[];
  events: {
    id: string;
    date: string | null;
    dateNote: string | null;
    type: string;
    title: string;
    summary: string | null;
    sourceUrl: string | null;
  }[];
  sources: Case['sources'];
  notes: string | null;
  courtListenerUrl: string | null;
  createdAt: string;
  updatedAt: string;
  /** The next hearing read from the docket (see `GET /api/v1/cases/{idOrSlug}/hearings`), or null. */
  nextHearing: HearingView | null;
}

export function toCaseSummary(entity: Case): CaseSummaryView {
  return {
    id: entity.id,
    slug: entity.slug,
    caption: entity.caption,
    shortName: entity.shortName,
    court: { id: entity.courtId, name: entity.court?.name ?? null },
    docketNumber: entity.docketNumber,
    filedOn: entity.filedOn,
    terminatedOn: entity.terminatedOn,
    status: entity.status,
    stage: entity.stage,
    parties: (entity.parties ?? [])
      .map((p) => ({ name: p.party?.name ?? '', role: p.role }))
      .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name)),
  };
}

/** Counts of matching cases per value of each filter, for the current filters. */
export interface CaseFacets {
  claim: Record<string, number>;
  claimStatus: Record<string, number>;
  stage: Record<string, number>;
  status: Record<string, number>;
  court: Record<string, number>;
  judge: Record<string, number>;
  partyGroup: Record<string, number>;
}

export interface CaseSummaryViewPage extends Page<CaseSummaryView> {
  /** Present when the query asks for `facets=true`. */
  facets?: CaseFacets;
}
