import { defineTask } from '@casetrail/workers';
import path from 'node:path';
import type { DocumentTaskInput } from './document-tasks';
import type { DocumentInspection } from './extract-document';
import { ExtractionError } from './extraction-error';
import type { ExtractionResult } from './extraction-result';

const MODULE = path.join(__dirname, 'document-tasks');

/** The quick checks of an upload (type, and for a PDF its limits and first page), in the worker pool. */
export const INSPECT_DOCUMENT_TASK = defineTask<DocumentTaskInput, DocumentInspection>(MODULE, 'inspectDocumentTask', [
  ExtractionError,
]);

/** The text of every page, in the worker pool. */
export const EXTRACT_DOCUMENT_TASK = defineTask<DocumentTaskInput, ExtractionResult>(MODULE, 'extractDocumentTask', [
  ExtractionError,
]);
