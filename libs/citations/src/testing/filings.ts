import * as fs from 'fs';
import * as path from 'path';
import { corpusPath } from '@casetrail/testing';

export const BARTZ_FAIR_USE_ORDER = 'bartz-v-anthropic_3-24-cv-05417_ecf231_order-on-fair-use_2025-06-23.txt';

export function filingTextNames(): string[] {
  return fs
    .readdirSync(corpusPath('filings', 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readFilingText(name: string): string {
  return fs.readFileSync(corpusPath('filings', 'text', name), 'utf8');
}

export interface FilingDocument {
  file: string;
  format: string;
  docketNumber?: string | null;
  pages?: number;
  derivedFrom?: string;
}

export function filingDocuments(): FilingDocument[] {
  return JSON.parse(fs.readFileSync(corpusPath('filings', 'documents.json'), 'utf8')) as FilingDocument[];
}

/** Page starts for a text: form feeds when the extraction kept them, else every 50 lines. */
export function pageOffsetsOf(text: string): number[] {
  const offsets = [0];
  if (text.includes('\f')) {
    for (let i = text.indexOf('\f'); i >= 0; i = text.indexOf('\f', i + 1)) offsets.push(i + 1);
    return offsets;
  }
  let line = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (++line % 50 === 0) offsets.push(i + 1);
  }
  return offsets;
}

export function baseName(file: string): string {
  return path.basename(file);
}
