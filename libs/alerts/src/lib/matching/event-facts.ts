import { DomainEvent, DomainEventType } from '@casetrail/events';
import { SearchTargetKind, TargetType } from '../subscriptions/subscription-enums';

/** The case an event concerns, as the matcher and the webhook body need it. */
export interface CaseContext {
  id: string;
  slug: string;
  caption: string;
  shortName: string;
  court: string;
  docketNumber: string | null;
  /** Normalised names, as parties and judges are keyed. */
  parties: string[];
  judges: string[];
}

export interface TargetKey {
  type: TargetType;
  key: string;
}

/** Which targets an event type can match. Search targets also need text. */
const APPLICABLE_TARGETS: Record<DomainEventType, TargetType[]> = {
  [DomainEventType.DocumentCreated]: [
    TargetType.Case,
    TargetType.Family,
    TargetType.Party,
    TargetType.Judge,
    TargetType.Search,
  ],
  // Only saved searches: the filing's case, parties and judges were announced by `document.created`.
  [DomainEventType.DocumentOcrCompleted]: [TargetType.Search],
  [DomainEventType.DocketEntryCreated]: [
    TargetType.Case,
    TargetType.Family,
    TargetType.Party,
    TargetType.Judge,
    TargetType.Search,
  ],
  [DomainEventType.DocketEntryUpdated]: [
    TargetType.Case,
    TargetType.Family,
    TargetType.Party,
    TargetType.Judge,
    TargetType.Search,
  ],
  [DomainEventType.TosVersionCreated]: [TargetType.TosDocument, TargetType.Search],
  [DomainEventType.TosClauseChanged]: [TargetType.Clause, TargetType.Search],
  [DomainEventType.CitationCreated]: [TargetType.Citation, TargetType.Clause],
  // Hearings reach whoever follows the case (its family, parties, judges); they carry no text to search.
  [DomainEventType.HearingScheduled]: [TargetType.Case, TargetType.Family, TargetType.Party, TargetType.Judge],
  [DomainEventType.HearingRescheduled]: [TargetType.Case, TargetType.Family, TargetType.Party, TargetType.Judge],
};

const SEARCH_KIND: Partial<Record<DomainEventType, SearchTargetKind>> = {
  [DomainEventType.DocumentCreated]: SearchTargetKind.Filing,
  [DomainEventType.DocumentOcrCompleted]: SearchTargetKind.Filing,
  [DomainEventType.DocketEntryCreated]: SearchTargetKind.Docket,
  [DomainEventType.DocketEntryUpdated]: SearchTargetKind.Docket,
  [DomainEventType.TosVersionCreated]: SearchTargetKind.Tos,
  [DomainEventType.TosClauseChanged]: SearchTargetKind.Tos,
};

export function applicableTargets(type: DomainEventType): TargetType[] {
  return APPLICABLE_TARGETS[type];
}

export function searchKindOf(type: DomainEventType): SearchTargetKind | null {
  return SEARCH_KIND[type] ?? null;
}

/** The case id of an event: its column, or its payload's `caseId` / `citingCaseId`. */
export function caseIdOf(event: DomainEvent): string | null {
  const fromPayload = event.payload['caseId'];
  return event.caseId ?? (typeof fromPayload === 'string' ? fromPayload : null);
}

/** The document type that include/exclude lists are checked against (filings and docket entries only). */
export function documentTypeOf(event: DomainEvent): string | null {
  const isFiling =
    event.type === DomainEventType.DocumentCreated || event.type === DomainEventType.DocumentOcrCompleted;
  if (
    !isFiling &&
    event.type !== DomainEventType.DocketEntryCreated &&
    event.type !== DomainEventType.DocketEntryUpdated
  ) {
    return null;
  }
  // Filings carry `documentType`; docket entries their classification in `entry.entryType`.
  const value = isFiling ? event.payload['documentType'] : entryOf(event)['entryType'];
  return typeof value === 'string' && value ? value.toLowerCase() : null;
}

/**
 * Every structured target key the event touches; matched against `(target_type, target_key)`.
 * `familyHeads`: the heads of the families (as a `family` target takes them) that the event's case is in.
 */
export function structuredKeys(
  event: DomainEvent,
  caseContext: CaseContext | null,
  familyHeads: readonly string[],
): TargetKey[] {
  const applicable = new Set(applicableTargets(event.type));
  const keys: TargetKey[] = [];
  const add = (type: TargetType, key: unknown) => {
    if (applicable.has(type) && typeof key === 'string' && key) keys.push({ type, key });
  };
  if (caseContext) {
    add(TargetType.Case, caseContext.id);
    for (const head of familyHeads) add(TargetType.Family, head);
    for (const party of caseContext.parties) add(TargetType.Party, party);
    for (const judge of caseContext.judges) add(TargetType.Judge, judge);
  }
  const payload = event.payload;
  add(TargetType.TosDocument, payload['tosDocumentId']);
  if (typeof payload['tosDocumentId'] === 'string' && typeof payload['clauseKey'] === 'string') {
    add(TargetType.Clause, `${payload['tosDocumentId']}#${payload['clauseKey']}`);
  }
  if (event.type === DomainEventType.CitationCreated) {
    // The citations lib records canonical keys; a subscription stores the same canonical form.
    add(TargetType.Citation, payload['key']);
    add(TargetType.Citation, payload['resolvedTosClauseKey']);
    if (typeof payload['resolvedCaseId'] === 'string') add(TargetType.Citation, `case:${payload['resolvedCaseId']}`);
    // A filing's first quotation of a ToS clause: the clause's subscribers, on any document of its lineage.
    const documents = payload['tosDocumentIds'];
    if (Array.isArray(documents) && typeof payload['resolvedTosClauseKey'] === 'string') {
      for (const id of documents) add(TargetType.Clause, `${String(id)}#${payload['resolvedTosClauseKey']}`);
    }
  }
  return keys;
}

/**
 * Earlier events whose matches this one must not repeat (`supersedes` of `document.ocr_completed`):
 * a subscription fires once per filing, whichever of its events matched first.
 */
export function supersededEventIds(event: Pick<DomainEvent, 'payload'>): string[] {
  const ids = event.payload['supersedes'];
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && /^\d+$/.test(id)) : [];
}

/** A docket entry event's `entry` object (empty for other events). */
export function entryOf(event: Pick<DomainEvent, 'payload'>): Record<string, unknown> {
  const entry = event.payload['entry'];
  return typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
}

const BULKY_FIELDS = new Set(['pages', 'text', 'previousText']);

/**
 * The webhook body's `data` for one event: the event with its payload (without page texts: the API
 * never inlines document text by default) and the case it concerns.
 */
export function eventData(event: DomainEvent, caseContext: CaseContext | null): Record<string, unknown> {
  const payload = Object.fromEntries(Object.entries(event.payload).filter(([key]) => !BULKY_FIELDS.has(key)));
  return {
    event: {
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      caseId: caseIdOf(event),
      subjectId: event.subjectId,
      payload,
    },
    case: caseContext
      ? {
          id: caseContext.id,
          slug: caseContext.slug,
          caption: caseContext.caption,
          shortName: caseContext.shortName,
          court: caseContext.court,
          docketNumber: caseContext.docketNumber,
        }
      : null,
  };
}
