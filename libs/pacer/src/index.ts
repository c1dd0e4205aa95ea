export { PacerError, PacerErrorCode } from './lib/pacer-error';
export type {
  ParsedAttorney,
  ParsedCriminalComplaint,
  ParsedCriminalCount,
  ParsedCriminalData,
  ParsedAttachment,
  DocketEntriesOrder,
  ParsedDocketEntry,
  ParsedEntryType,
  DocketNumberParts,
  ParsedDocketReport,
  IsoDate,
  ParsedParty,
  ParsedRssItem,
} from './lib/parsing/types';
export { parseDocketReport } from './lib/parsing/docket-report';
export { detectPacerReport } from './lib/parsing/detect';
export type { DocketReportInfo } from './lib/parsing/detect';
export { parseRssFeed } from './lib/parsing/rss-feed';
export { toJuriscraperDocket, toJuriscraperRss } from './lib/parsing/juriscraper-shape';
export type {
  JuriscraperAttachment,
  JuriscraperCriminalData,
  JuriscraperDocket,
  JuriscraperDocketEntry,
  JuriscraperParty,
  JuriscraperRssEntry,
  JuriscraperRssItem,
} from './lib/parsing/juriscraper-shape';
export { classifyDocketEntry, DOCKET_ENTRY_TYPES } from './lib/parsing/classify-entry';
export { partyRoleOf } from './lib/import/party-role';
export { decodePacerText } from './lib/parsing/decode-text';
export { describePacerCourt } from './lib/parsing/court-names';
export { ensurePacerCourt } from './lib/import/case-records';
export type { CourtDescription } from './lib/parsing/court-names';
export { PacerModule } from './lib/pacer.module';
export { PACER_ENTITIES } from './lib/pacer.entities';
export { PacerFeed, FeedPollStatus } from './lib/feeds/pacer-feed.entity';
export { fetchFeed } from './lib/feeds/fetch-feed';
export type { FetchFeedOptions, FetchFeedResult } from './lib/feeds/fetch-feed';
export { RssPollerService } from './lib/feeds/rss-poller.service';
export type { FeedPollResult } from './lib/feeds/rss-poller.service';
export { PacerJobHandlers, RSS_POLL_KEY } from './lib/feeds/pacer-job-handlers';
export { PacerImportService } from './lib/import/pacer-import.service';
export type { ImportRssOptions } from './lib/import/pacer-import.service';
export type { DocketImportResult, RssImportResult } from './lib/import/import-results';
