import { Injectable } from '@nestjs/common';
import {
  CitationSourceKind,
  CitationsService,
  EXTRACT_CITATIONS_TASK,
  ExtractedCitation,
  ReplaceResult,
  TosQuoteService,
} from '@casetrail/citations';
import { ClaimsService } from '@casetrail/cases';
import { WorkerPool } from '@casetrail/workers';
import { EntityManager } from 'typeorm';
import { Document } from '../documents/document.entity';
import { DocumentType } from '../extraction/document-type';

/** A page of a document's text as it is stored. */
export interface TextPage {
  number: number;
  text: string;
}

/** A document's text as citations see it, with the citations the worker pool found in it. */
export interface FoundCitations {
  text: string;
  pageOffsets: number[];
  citations: ExtractedCitation[];
  /** The pages the text was joined from, for what else is read from them (a complaint's claims). */
  pages: readonly TextPage[];
}

/**
 * The document as it will be stored: the source of its citations and claims, and the date its ToS
 * quotes are read at.
 */
export type CitingDocument = Pick<
  Document,
  'id' | 'caseId' | 'courtId' | 'filedOn' | 'createdAt' | 'documentType' | 'entryNumber'
>;

/**
 * What is read from a document's text, for extraction and OCR alike: its citations, found in the
 * worker pool before the caller's transaction (their cost grows with the text, which comes from
 * clients), then stored inside it with the text's quotations of ToS clauses and, for a complaint of a
 * case, its pleaded claims.
 */
@Injectable()
export class DocumentCitations {
  constructor(
    private readonly citations: CitationsService,
    private readonly tosQuotes: TosQuoteService,
    private readonly workers: WorkerPool,
    private readonly claims: ClaimsService,
  ) {}

  /** Throws the pool's WorkerError when the text takes too long or too much memory. */
  async find(pages: readonly TextPage[]): Promise<FoundCitations> {
    const { text, pageOffsets } = joinPages(pages);
    const { citations } = await this.workers.run(EXTRACT_CITATIONS_TASK, { text, pageOffsets });
    return {
      text,
      pageOffsets,
      citations,
      pages: pages.map(({ number, text: pageText }) => ({ number, text: pageText })),
    };
  }

  /**
   * Replaces the document's citations with `found` and its quotations of ToS clauses, and records a
   * complaint's claims (idempotent: a claim already recorded from this document is not added again).
   */
  async replace(manager: EntityManager, document: CitingDocument, found: FoundCitations): Promise<ReplaceResult> {
    const replaced = await this.citations.replaceForSource(
      manager,
      { kind: CitationSourceKind.Document, id: document.id, caseId: document.caseId, courtId: document.courtId },
      found.citations,
      // Quotations of ToS clauses link to the version in force on the filing's date, else its ingest date.
      await this.tosQuotes.linkFiling(manager, found.text, {
        pageOffsets: found.pageOffsets,
        date: document.filedOn ?? document.createdAt,
      }),
    );
    await this.recordPleadedClaims(manager, document, found.pages);
    return replaced;
  }

  /** A complaint's counts become the case's claims, sourced to this document and page (issue 18). */
  private async recordPleadedClaims(
    manager: EntityManager,
    document: CitingDocument,
    pages: readonly TextPage[],
  ): Promise<void> {
    const pleading =
      document.documentType === DocumentType.Complaint || document.documentType === DocumentType.AmendedComplaint;
    if (!pleading || !document.caseId) return;
    await this.claims.recordPleaded(
      manager,
      { caseId: document.caseId, documentId: document.id, entryNumber: document.entryNumber },
      pages,
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
