import { DomainEventType } from './domain-event-type';

/**
 * The payload recorded with each event type: part of the contract between producers (documents,
 * PACER, terms of service, citations) and consumers (alerts, feeds). Webhooks carry it as
 * `data.event.payload`, without the bulky `text`/`pages` fields. Fields only grow; none is renamed.
 */

/** A filing whose text is available (recorded when its pages are stored). */
export interface DocumentCreatedPayload {
  documentId: string;
  caseId: string | null;
  title: string;
  /** `complaint`, `motion_to_dismiss`, `order`, `certificate_of_service`, … */
  documentType: string | null;
  /** ISO date. */
  filedOn: string | null;
  entryNumber: string | null;
  pageCount: number;
  /** Normalised citation keys found in the filing, when known. */
  citations?: string[];
  /** Page texts, for producers that inline them; otherwise consumers read the pages. */
  pages?: string[];
  text?: string;
}

/**
 * OCR read pages of a filing (`document.ocr_completed`): the filing's fields as in `document.created`,
 * the pages OCR read, and `supersedes`: the earlier events of the same filing whose alert matches
 * must not be repeated (a saved search that matched the text-layer text already fired).
 */
export interface DocumentOcrCompletedPayload extends DocumentCreatedPayload {
  ocrPages: number[];
  supersedes: string[];
}

/**
 * A docket entry seen for the first time (`docket_entry.created`) or changed
 * (`docket_entry.updated`), as the PACER import records it (docs/decisions/0005).
 */
export interface DocketEntryPayload {
  v: 1;
  source: 'docket_report' | 'rss';
  court: string;
  docketNumber: string | null;
  entry: {
    id: string;
    entryNumber: number | null;
    /** ISO date. */
    dateFiled: string;
    /** The classification of the description (`motion`, `order`, `minute_entry`, …). */
    entryType: string;
    description: string;
    shortDescription: string | null;
    pacerDocId: string | null;
    pacerSeqNo: string | null;
  };
  /** Updates: the fields that changed, and their previous values. */
  changed?: string[];
  previous?: Record<string, unknown>;
}

/** A new version of a terms-of-service document. */
export interface TosVersionCreatedPayload {
  tosDocumentId: string;
  versionId: string;
  /** The service (`OpenAI`, `Midjourney`). */
  service: string;
  /** `terms`, `privacy`, `usage_policy`, … */
  documentType: string;
  title: string;
  /** ISO timestamp of the snapshot. */
  recordedAt: string;
  changedClauseKeys: string[];
  text?: string;
}

/** One clause added, removed or modified by a new ToS version. */
export interface TosClauseChangedPayload {
  tosDocumentId: string;
  versionId: string;
  service: string;
  clauseKey: string;
  heading: string;
  change: 'added' | 'removed' | 'modified';
  /** The clause's new text (absent when removed). */
  text?: string;
  previousText?: string;
}

/** A citation found in a source (a filing, a ToS version), as the citations lib records it. */
export interface CitationCreatedPayload {
  /** Canonical key of what is cited (`765 F. Supp. 3d 382`, `17 U.S.C. § 107`, `1:23-cv-11195`). */
  key: string;
  citationType: string;
  sourceKind: string;
  sourceId: string;
  page: number | null;
  /** The tracked case the citation resolves to, if any. */
  resolvedCaseId: string | null;
  resolvedTosClauseKey: string | null;
}

export interface DomainEventPayloads {
  [DomainEventType.DocumentCreated]: DocumentCreatedPayload;
  [DomainEventType.DocumentOcrCompleted]: DocumentOcrCompletedPayload;
  [DomainEventType.DocketEntryCreated]: DocketEntryPayload;
  [DomainEventType.DocketEntryUpdated]: DocketEntryPayload;
  [DomainEventType.TosVersionCreated]: TosVersionCreatedPayload;
  [DomainEventType.TosClauseChanged]: TosClauseChangedPayload;
  [DomainEventType.CitationCreated]: CitationCreatedPayload;
}
