export { PacerError, PacerErrorCode } from './lib/pacer-error';
export type {
  Attorney,
  CriminalComplaint,
  CriminalCount,
  CriminalData,
  DocketAttachment,
  DocketEntriesOrder,
  DocketEntry,
  DocketEntryType,
  DocketNumberParts,
  DocketReport,
  IsoDate,
  Party,
  RssItem,
} from './lib/types';
export { parseDocketReport } from './lib/docket-report';
export { detectPacerReport } from './lib/detect';
export type { DocketReportInfo } from './lib/detect';
export { parseRssFeed } from './lib/rss-feed';
export { toJuriscraperDocket, toJuriscraperRss } from './lib/juriscraper-shape';
export type {
  JuriscraperAttachment,
  JuriscraperCriminalData,
  JuriscraperDocket,
  JuriscraperDocketEntry,
  JuriscraperParty,
  JuriscraperRssEntry,
  JuriscraperRssItem,
} from './lib/juriscraper-shape';
export { classifyDocketEntry, DOCKET_ENTRY_TYPES } from './lib/classify-entry';
export { decodePacerText } from './lib/decode-text';
export { describePacerCourt } from './lib/court-names';
export type { CourtDescription } from './lib/court-names';
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
