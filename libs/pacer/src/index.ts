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
