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

/** A docket entry seen for the first time (`docket_entry.created`) or changed (`docket_entry.updated`). */
export interface DocketEntryPayload {
  docketEntryId: string;
  caseId: string;
  entryNumber: string | null;
  /** ISO date. */
  filedOn: string | null;
  description: string;
  /** The entry's classification, same vocabulary as documents. */
  documentType: string | null;
  documentId?: string | null;
  /** For updates: the fields that changed. */
  changedFields?: string[];
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

/** A citation found in a filing, to a decision, a statute, a docket or a ToS clause. */
export interface CitationCreatedPayload {
  citationId: string;
  kind: 'case_law' | 'statute' | 'docket' | 'tos_clause';
  /** Normalised key of what is cited (`765 f. supp. 3d 382`, `17 u.s.c. § 107`). */
  citedKey: string;
  citedCaseId?: string | null;
  citingDocumentId: string | null;
  citingCaseId: string | null;
  /** The citation as written. */
  text: string;
}

export interface DomainEventPayloads {
  [DomainEventType.DocumentCreated]: DocumentCreatedPayload;
  [DomainEventType.DocketEntryCreated]: DocketEntryPayload;
  [DomainEventType.DocketEntryUpdated]: DocketEntryPayload;
  [DomainEventType.TosVersionCreated]: TosVersionCreatedPayload;
  [DomainEventType.TosClauseChanged]: TosClauseChangedPayload;
  [DomainEventType.CitationCreated]: CitationCreatedPayload;
}
