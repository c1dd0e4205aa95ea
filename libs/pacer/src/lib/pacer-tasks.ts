import { defineTask } from '@casetrail/workers';
import path from 'node:path';
import { PacerError } from './pacer-error';
import type { ParseInput } from './parse-tasks';
import type { ParsedDocketReport, ParsedRssItem } from './parsing/types';

const MODULE = path.join(__dirname, 'parse-tasks');

/** Docket report HTML, parsed in the worker pool. */
export const PARSE_DOCKET_TASK = defineTask<ParseInput, ParsedDocketReport>(MODULE, 'parseDocketTask', [PacerError]);

/** A court RSS feed, parsed in the worker pool. */
export const PARSE_RSS_TASK = defineTask<ParseInput, ParsedRssItem[]>(MODULE, 'parseRssTask', [PacerError]);
