import { parseDocketReport } from './docket-report';
import { parseRssFeed } from './rss-feed';
import type { DocketReport, RssItem } from './types';

// The parsers as worker-pool tasks (see pacer-tasks.ts): this module runs in a worker thread and
// imports only the parsers, not Nest or TypeORM.

export interface ParseInput {
  text: string;
  court?: string;
}

export function parseDocketTask(input: ParseInput): DocketReport {
  return parseDocketReport(input.text, { court: input.court });
}

export function parseRssTask(input: ParseInput): RssItem[] {
  return parseRssFeed(input.text, { court: input.court });
}
