import fs from 'node:fs';
import { DocumentInspection, extractDocument, inspectDocument } from './extract-document';
import type { ExtractionResult } from './extraction-result';
import type { PdfLimits } from './pdf-extractor';

// Reading files as worker-pool tasks (see documents-tasks.ts). This module runs in a worker
// thread: it reads the file itself, so large uploads never cross the thread boundary as copies.

export interface DocumentTaskInput {
  /** A file on disk (a staged upload, a stored blob) or bytes in memory (the CLI). */
  source: { path: string } | { bytes: Uint8Array };
  mediaType: string;
  fileName?: string;
  pdfLimits: PdfLimits;
}

async function bytesOf(source: DocumentTaskInput['source']): Promise<Buffer> {
  if ('path' in source) return fs.promises.readFile(source.path);
  return Buffer.from(source.bytes.buffer, source.bytes.byteOffset, source.bytes.byteLength);
}

export async function inspectDocumentTask(input: DocumentTaskInput): Promise<DocumentInspection> {
  const { mediaType, fileName, pdfLimits } = input;
  return inspectDocument(await bytesOf(input.source), { mediaType, fileName, pdfLimits });
}

export async function extractDocumentTask(input: DocumentTaskInput): Promise<ExtractionResult> {
  const { mediaType, fileName, pdfLimits } = input;
  return extractDocument(await bytesOf(input.source), { mediaType, fileName, pdfLimits });
}
