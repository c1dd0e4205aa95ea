export { CasesError, CasesErrorCode } from './lib/cases-error';
export { CasesModule } from './lib/cases.module';
export { CASES_ENTITIES } from './lib/cases.entities';
export { Court } from './lib/courts/court.entity';
export { Case } from './lib/cases/case.entity';
export type { OtherDocketNumber, SourceLink } from './lib/cases/case.entity';
export { CASE_STATUSES, CaseStatus } from './lib/cases/case-status';
export { CasePartyInput, CreateCaseBody, ListCasesQuery, UpdateCaseBody } from './lib/cases/case.dto';
export { toCaseSummary } from './lib/cases/case-views';
export type { CaseDetailView, CaseSummaryView } from './lib/cases/case-views';
export { CasesService } from './lib/cases/cases.service';
export { Party } from './lib/parties/party.entity';
export { PARTY_ROLES, PartyRole } from './lib/parties/party-role';
export { CaseParty } from './lib/parties/case-party.entity';
export type { Attorney } from './lib/parties/case-party.entity';
export { normalizePartyName, partyStem } from './lib/parties/normalize-party-name';
export { ORGANISATION_GROUPS, partyGroup } from './lib/parties/organisation-groups';
export type { PartyGroup } from './lib/parties/organisation-groups';
export { PartiesService } from './lib/parties/parties.service';
export type { CasePartyLink } from './lib/parties/parties.service';
export { CaseRecordsService } from './lib/records/case-records.service';
export type { CaseKey, RecordOutcome } from './lib/records/case-records.service';
export { Judge } from './lib/judges/judge.entity';
export { CaseJudge, JudgeRole } from './lib/judges/case-judge.entity';
export { CASE_RELATION_TYPES, CaseRelation, CaseRelationType } from './lib/relations/case-relation.entity';
export { FAMILY_MEMBERSHIP } from './lib/relations/case-family';
export type { CaseFamily, FamilyOptions } from './lib/relations/case-family';
export { CaseEvent, caseEventKey } from './lib/events/case-event.entity';
export type { SeedCase, SeedCourt, SeedData, SeedRelation } from './lib/seed/seed-data';
export { SeedService } from './lib/seed/seed.service';
export type { SeedResult } from './lib/seed/seed.service';
export { DocketEntry, DocketEntrySource } from './lib/docket/docket-entry.entity';
export type { DocketEntryAttachment } from './lib/docket/docket-entry.entity';
export { DOCKET_ENTRY_TYPE_VALUES, DocketEntryType } from './lib/docket/docket-entry-type';
export { emptyCounts } from './lib/docket/docket-entry-input';
export type {
  ChangeCounts,
  DocketBatch,
  DocketEntriesUpsertResult,
  DocketEntryInput,
  UpsertDocketEntriesOptions,
} from './lib/docket/docket-entry-input';
export { toDocketEntryView } from './lib/docket/docket-entry-view';
export type { DocketEntryView } from './lib/docket/docket-entry-view';
export { ListDocketQuery } from './lib/docket/docket.dto';
export { DocketEntriesService } from './lib/docket/docket-entries.service';
export { HearingsService } from './lib/hearings/hearings.service';
export { CaseHearing } from './lib/hearings/case-hearing.entity';
export { HEARING_STATUSES } from './lib/hearings/hearing-kinds';
export type { HearingKind, HearingStatus } from './lib/hearings/hearing-kinds';
export type { HearingList, HearingView, HearingSourceView } from './lib/hearings/hearing-view';
export { parseHearingMentions } from './lib/hearings/hearing-mentions';
export type { HearingMention } from './lib/hearings/hearing-mentions';
export { ListHearingsQuery } from './lib/hearings/hearings.dto';
