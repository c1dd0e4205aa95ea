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
  claims: string[];
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
    parties: (entity.parties ?? [])
      .map((p) => ({ name: p.party?.name ?? '', role: p.role }))
      .sort((a, b) => a.role.localeCompare(b.role) || a.name.localeCompare(b.name)),
  };
}
