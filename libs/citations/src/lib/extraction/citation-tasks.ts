import { defineTask } from '@casetrail/workers';
import path from 'node:path';
import { CitationError } from '../citations-error';
import type { ExtractTaskInput, ExtractTaskOutput } from './extract-task';

/** extractCitations in the worker pool: its cost grows with the text, and the text comes from clients. */
export const EXTRACT_CITATIONS_TASK = defineTask<ExtractTaskInput, ExtractTaskOutput>(
  path.join(__dirname, 'extract-task'),
  'extractCitationsTask',
  [CitationError],
);
