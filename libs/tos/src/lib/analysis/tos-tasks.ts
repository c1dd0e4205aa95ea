import { defineTask } from '@casetrail/workers';
import path from 'node:path';
import { TosError } from '../tos-error';
import type { SnapshotMarkdown, SnapshotMarkdownInput } from './normalize-task';

/** A snapshot (HTML or Markdown) as normalised Markdown with its clause count, in the worker pool. */
export const SNAPSHOT_MARKDOWN_TASK = defineTask<SnapshotMarkdownInput, SnapshotMarkdown>(
  path.join(__dirname, 'normalize-task'),
  'snapshotMarkdownTask',
  [TosError],
);
