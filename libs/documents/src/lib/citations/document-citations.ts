import { Injectable } from '@nestjs/common';
import {
  CitationSourceKind,
  CitationsService,
  EXTRACT_CITATIONS_TASK,
  ExtractedCitation,
  ReplaceResult,
  TosQuoteService,
} from '@casetrail/citations';
import { WorkerPool } from '@casetrail/workers';
import { EntityManager } from 'typeorm';
import { Document } from '../documents/document.entity';

/** A document's text as citations see it, with the citations the worker pool found in it. */
export interface FoundCitations {
  text: string;
  pageOffsets: number[];
  citations: ExtractedCitation[];
}

/** The document as it will be stored: the source of its citations and the date its ToS quotes are read at. */
export type CitingDocument = Pick<Document, 'id' | 'caseId' | 'courtId' | 'filedOn' | 'createdAt'>;

/**
 * The citations of a document's text, for extraction and OCR alike: found in the worker pool
 * before the caller's transaction (their cost grows with the text, which comes from clients), then
 * stored inside it with the text's quotations of ToS clauses.
 */
@Injectable()
export class DocumentCitations {
  constructor(
    private readonly citations: CitationsService,
    private readonly tosQuotes: TosQuoteService,
    private readonly workers: WorkerPool,
  ) {}

  /** Throws the pool's WorkerError when the text takes too long or too much memory. */
  async find(pages: readonly { text: string }[]): Promise<FoundCitations> {
    const { text, pageOffsets } = joinPages(pages);
    const { citations } = await this.workers.run(EXTRACT_CITATIONS_TASK, { text, pageOffsets });
    return { text, pageOffsets, citations };
  }

  /** Replaces the document's citations with `found` and its quotations of ToS clauses. */
  async replace(manager: EntityManager, document: CitingDocument, found: FoundCitations): Promise<ReplaceResult> {
    return this.citations.replaceForSource(
      manager,
      { kind: CitationSourceKind.Document, id: document.id, caseId: document.caseId, courtId: document.courtId },
      found.citations,
      // Quotations of ToS clauses link to the version in force on the filing's date, else its ingest date.
      await this.tosQuotes.linkFiling(manager, found.text, {
        pageOffsets: found.pageOffsets,
        date: document.filedOn ?? document.createdAt,
      }),
    );
  }
}

/**
 * The document's text as citations see it: its pages joined with a newline, with the offset at
 * which each page starts (citation spans are offsets into this text).
 */
export function joinPages(pages: readonly { text: string }[]): { text: string; pageOffsets: number[] } {
  const pageOffsets: number[] = [];
  let offset = 0;
  for (const page of pages) {
    pageOffsets.push(offset);
    offset += page.text.length + 1;
  }
  return { text: pages.map((p) => p.text).join('\n'), pageOffsets };
}
