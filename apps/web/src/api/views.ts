// The API's answers as the pages read them: the typed client's schemas, generated from the OpenAPI document.
import type { CasetrailSchemas as S } from '@casetrail/sdk';

export type CaseSummary = S['CaseSummaryView'];
export type CaseDetail = S['CaseDetailView'];
export type CaseRelation = CaseDetail['relations'][number];
export type RelatedCases = S['RelatedCasesView'];
export type RelatedReason = RelatedCases['related'][number]['reasons'][number];
export type DocketEntry = S['DocketEntryView'];
export type Hearing = S['HearingView'];
export type DocketEntryType = S['DocketEntryType'];
export type DocumentView = S['DocumentView'];
export type DocumentPageText = S['DocumentPageView'];
export type DocumentCitation = S['DocumentCitationsView']['citations'][number];
export type SearchHit = S['SearchHit'];
export type SearchResult = S['SearchResponse'];
export type TimelineItem = S['TimelineItem'];
export type TosService = S['TosServiceView'];
export type TosVersion = S['TosVersionSummaryView'];
export type TosVersionWithClauses = S['TosVersionView'];
export type TosChange = S['TosClauseChangeView'];
export type WordDiffPart = S['WordDiffOp'];
export type ClauseHistory = S['TosClauseHistoryView'];
export type Subscription = S['SubscriptionView'];
export type CreatedSubscription = S['CreatedSubscriptionView'];
export type Delivery = S['DeliveryView'];
