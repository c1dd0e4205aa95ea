import { normalizeSnapshot } from './normalize';
import { segmentClauses } from './segment';

// HTML normalisation as a worker-pool task (see tos-tasks.ts); this module runs in a worker thread.

export interface SnapshotMarkdownInput {
  content: string;
  html: boolean;
}

export interface SnapshotMarkdown {
  markdown: string;
  /** Clauses the Markdown segments into; 0 for a snapshot without text. */
  clauseCount: number;
}

export function snapshotMarkdownTask(input: SnapshotMarkdownInput): SnapshotMarkdown {
  const markdown = input.html ? normalizeSnapshot(input.content, 'html') : input.content;
  return { markdown, clauseCount: segmentClauses(normalizeSnapshot(markdown, 'markdown')).length };
}
