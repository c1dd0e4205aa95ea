import { Inject, Injectable } from '@nestjs/common';
import { DomainEvent, DomainEventType } from '@casetrail/events';
import { FILING_TEXT_SOURCE, FilingTextSource } from './filing-text-source';

/** The searchable text of an event: what a `search` subscription's query is tested against. */
export interface AlertText {
  /** Counted on every page (a query may match words of the title and of one page together). */
  title: string | null;
  pages: string[];
}

/**
 * Where the matcher reads an event's text. The default reads it from the event's payload (`pages`,
 * `text`, a docket entry's `entry.description`, a clause's `text`); a documents-backed source can read a
 * filing's pages from its table instead, by providing another implementation under this token.
 */
export interface AlertTextSource {
  textsForEvent(event: DomainEvent): Promise<AlertText | null>;
}

export const ALERT_TEXT_SOURCE = Symbol('ALERT_TEXT_SOURCE');

/**
 * Reads the text from the payload, and a filing's stored pages through the FilingTextSource port
 * when the payload does not inline them (documents record `document.created` without their pages).
 */
@Injectable()
export class PayloadTextSource implements AlertTextSource {
  constructor(@Inject(FILING_TEXT_SOURCE) private readonly filings: FilingTextSource) {}

  async textsForEvent(event: DomainEvent): Promise<AlertText | null> {
    const payload = event.payload;
    let pages = stringArray(payload['pages']) ?? (typeof payload['text'] === 'string' ? [payload['text']] : []);
    const isFiling =
      event.type === DomainEventType.DocumentCreated || event.type === DomainEventType.DocumentOcrCompleted;
    if (isFiling && pages.length === 0 && typeof payload['documentId'] === 'string') {
      pages = await this.filings.pageTexts(payload['documentId']);
    }
    switch (event.type) {
      case DomainEventType.DocumentCreated:
      case DomainEventType.DocumentOcrCompleted:
      case DomainEventType.TosVersionCreated:
        return { title: stringOrNull(payload['title']), pages };
      case DomainEventType.DocketEntryCreated:
      case DomainEventType.DocketEntryUpdated: {
        const entry =
          typeof payload['entry'] === 'object' && payload['entry'] !== null
            ? (payload['entry'] as Record<string, unknown>)
            : {};
        return { title: null, pages: [stringOrNull(entry['description']) ?? '', ...pages].filter(Boolean) };
      }
      case DomainEventType.TosClauseChanged:
        return { title: stringOrNull(payload['heading']), pages };
      case DomainEventType.CitationCreated:
      case DomainEventType.HearingScheduled:
      case DomainEventType.HearingRescheduled:
        return null;
    }
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
}
