import { extractCitations } from './extract-citations';
import type { Citation } from './types';

// Citation extraction as a worker-pool task (see citation-tasks.ts); this module runs in a worker
// thread and loads only the extractor.

export interface ExtractTaskInput {
  text: string;
  pageOffsets?: number[];
  /** Keep at most this many citations (the first ones; an antecedent always precedes its short forms). */
  maxResults?: number;
}

export interface ExtractTaskOutput {
  citations: Citation[];
  /** How many were found before the cut. */
  total: number;
}

export function extractCitationsTask(input: ExtractTaskInput): ExtractTaskOutput {
  const all = extractCitations(input.text, { pageOffsets: input.pageOffsets });
  const citations = input.maxResults !== undefined ? all.slice(0, input.maxResults) : all;
  return { citations, total: all.length };
}
