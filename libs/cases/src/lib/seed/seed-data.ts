import { CaseStatus } from '../cases/case-status';
import { PartyRole } from '../parties/party-role';
import { CaseRelationType } from '../relations/case-relation.entity';

/** Shape of `ai-cases.seed.json`: our own facts about the tracked AI cases, each with its sources. */
export interface SeedData {
  version: 1;
  generatedFrom: string;
  courts: SeedCourt[];
  cases: SeedCase[];
  relations: SeedRelation[];
}

export interface SeedCourt {
  id: string;
  name: string;
  shortName: string;
  country: string;
  level: string;
}

export interface SeedCase {
  slug: string;
  caption: string;
  shortName: string;
  courtId: string;
  docketNumber: string | null;
  docketNumberAsWritten: string | null;
  judgeInitials: string | null;
  otherDocketNumbers: { courtId: string; docketNumber: string; note: string }[];
  filedOn: string | null;
  terminatedOn: string | null;
  status: CaseStatus;
  statusNote: string;
  natureOfSuit: string | null;
  claims: string[];
  parties: { name: string; role: PartyRole }[];
  judges: { name: string; title: string | null }[];
  reportedCitations: string[];
  courtListener: { pacerId: string | null; docketUrl: string | null };
  events: {
    date: string | null;
    dateNote: string | null;
    type: string;
    title: string;
    summary: string | null;
    sourceUrl: string | null;
  }[];
  sources: { title: string | null; url: string }[];
  notes: string | null;
}

export interface SeedRelation {
  fromSlug: string;
  toSlug: string;
  type: CaseRelationType;
  note: string;
  sourceUrl: string | null;
}
