import { parseDocketReport } from './parsing/docket-report';
import { parseRssFeed } from './parsing/rss-feed';
import type { ParsedDocketReport, ParsedRssItem } from './parsing/types';

// The parsers as worker-pool tasks (see pacer-tasks.ts): this module runs in a worker thread and
// imports only the parsers, not Nest or TypeORM.

export interface ParseInput {
  text: string;
  court?: string;
  /** Refuse a `court` that contradicts the court the document states (imports do; parity tests do not). */
  strictCourt?: boolean;
}

export function parseDocketTask(input: ParseInput): ParsedDocketReport {
  return parseDocketReport(input.text, { court: input.court, strictCourt: input.strictCourt });
}

export function parseRssTask(input: ParseInput): ParsedRssItem[] {
  return parseRssFeed(input.text, { court: input.court, strictCourt: input.strictCourt });
}
