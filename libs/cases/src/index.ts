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
export { FAMILY_MEMBERSHIP } from './lib/relations/case-family.repository';
export type { CaseFamily, FamilyOptions } from './lib/relations/case-family.repository';
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
export { MotionDisposition, MOTION_DISPOSITION_VALUES } from './lib/motions/motion-disposition';
export { MotionType } from './lib/motions/motion-type';
export type { ParsedRuling } from './lib/motions/parse-rulings';
export { MotionRuling } from './lib/motions/motion-ruling.entity';
export { MotionRulingsService } from './lib/motions/motion-rulings.service';
export type { MotionLinks, RuledBy, RulesOn } from './lib/motions/motion-views';
export { MotionAnalyticsQuery } from './lib/motions/motion-analytics.dto';
export { MotionAnalyticsService } from './lib/motions/motion-analytics.service';
export type {
  DispositionCount,
  MotionAnalyticsView,
  MotionRulingRef,
  TimeToRuling,
} from './lib/motions/motion-analytics.service';
export { CLAIM_CODES, CLAIM_STATUSES, ClaimCode, ClaimStatus } from './lib/claims/claim-code';
export { ClaimsError, ClaimsErrorCode } from './lib/claims/claims-error';
export { CaseClaim } from './lib/claims/case-claim.entity';
export { CaseClaimStatusChange } from './lib/claims/case-claim-status-change.entity';
export { RecordClaimStatusBody } from './lib/claims/claim.dto';
export type { ClaimSourceView, ClaimStatusChangeView, ClaimView } from './lib/claims/claim-views';
export { citedStatutes, classifyClaim } from './lib/claims/classify-claim';
export type { ClaimClassification } from './lib/claims/classify-claim';
export { extractPleadedClaims } from './lib/claims/extract-claims';
export type { ClaimSourcePage, PleadedClaim } from './lib/claims/extract-claims';
export { ClaimsService } from './lib/claims/claims.service';
export type { PleadingRef } from './lib/claims/claims.service';
export { CASE_STAGES, CaseStage, StageSourceKind } from './lib/stages/case-stage';
export { deriveStage, stageSignal } from './lib/stages/derive-stage';
export type { DerivedStage, StageEntryInput, StageEventInput } from './lib/stages/derive-stage';
export { CaseStagesService } from './lib/stages/case-stages.service';
export type { CaseFacets, CaseSummaryViewPage } from './lib/cases/case-views';
export { HearingsService } from './lib/hearings/hearings.service';
export { CaseHearing } from './lib/hearings/case-hearing.entity';
export type { HearingKind, HearingStatus } from './lib/hearings/hearing-kinds';
export type { HearingList, HearingView, HearingSourceView } from './lib/hearings/hearing-view';
export type { HearingMention } from './lib/hearings/hearing-mentions';
export { ListHearingsQuery } from './lib/hearings/hearings.dto';
export { DocketDerivationsService } from './lib/derived/docket-derivations.service';
export type { CaseDerivation } from './lib/derived/docket-derivations.service';
export { courtTimeZone, singleCourtTimeZone } from './lib/courts/court-time-zones';
