import { readFileSync } from 'node:fs';
import { DocumentType } from '../lib/extraction/document-type';
import { corpusPath } from '@casetrail/testing';

/** One row of filings/documents.json (the fields these tests use). */
export interface CorpusDocument {
  file: string;
  format: 'pdf' | 'txt';
  documentType: string;
  docketNumber: string | null;
  filedOn: string | null;
  ecf: number | string | null;
  pages?: number;
  textFile?: string;
  derivedFrom?: string;
}

export function loadCorpusDocuments(): CorpusDocument[] {
  return JSON.parse(readFileSync(corpusPath('filings', 'documents.json'), 'utf8')) as CorpusDocument[];
}

/**
 * Our reading of the free-text labels in documents.json ("order (summary judgment on fair use)",
 * "clerk letter", "reply in support of motion to dismiss ...") as a DocumentType; null for labels
 * that describe the file rather than the filing ("image-only ... OCR test").
 */
export function expectedDocumentType(label: string): DocumentType | null {
  const l = label.toLowerCase();
  const rules: Array<[RegExp, DocumentType | null]> = [
    [/^(?:image-only|filing \()/, null],
    [/transcript/, DocumentType.Transcript],
    [/^reply/, DocumentType.Reply],
    [/^(?:response|opposition)/, DocumentType.Opposition],
    [/^amended complaint/, DocumentType.AmendedComplaint],
    [/^complaint/, DocumentType.Complaint],
    [/^(?:slip )?opinion|^decision/, DocumentType.Opinion],
    [/^(?:order|.*\border\b)/, DocumentType.Order],
    [/^(?:notice of motion|motion|application)/, DocumentType.Motion],
    [/letter/, DocumentType.Letter],
    [/notice|appearance/, DocumentType.Notice],
    [/^(?:declaration|civil minutes|list of decisions)/, DocumentType.Other],
  ];
  for (const [pattern, type] of rules) if (pattern.test(l)) return type;
  return DocumentType.Other;
}

/** "3:24-cv-05417-WHA" / "3:18-cv-00360-WHA (also ...)" -> "3:24-cv-05417": the part a header yields. */
export function comparableDocket(docket: string | null): string | null {
  if (!docket) return null;
  // "17-2400 (D.C. 3:05-cv-00595-RLM-MGG, N.D. Ind.)": the appellate number comes first.
  const leading = /^(\d{2}-\d{1,6})\b/.exec(docket);
  if (leading) return leading[1];
  const district = /(\d{1,2}):(\d{2})-([a-z]{2,4})-(\d{1,6})/i.exec(docket);
  if (district)
    return `${Number(district[1])}:${district[2]}-${district[3].toLowerCase()}-${district[4].padStart(5, '0')}`;
  return null;
}
