import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainEvent, DomainEventType } from '@casetrail/events';
import { DataSource } from 'typeorm';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the text from the payload, and a filing's pages from the documents' `pages` table when the
 * payload does not inline them (documents record `document.created` without their pages). Plain SQL
 * keeps alerts independent of the documents library.
 */
@Injectable()
export class PayloadTextSource implements AlertTextSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async textsForEvent(event: DomainEvent): Promise<AlertText | null> {
    const payload = event.payload;
    let pages = stringArray(payload['pages']) ?? (typeof payload['text'] === 'string' ? [payload['text']] : []);
    if (event.type === DomainEventType.DocumentCreated && pages.length === 0 && typeof payload['documentId'] === 'string') {
      pages = await this.storedPages(payload['documentId']);
    }
    switch (event.type) {
      case DomainEventType.DocumentCreated:
      case DomainEventType.TosVersionCreated:
        return { title: stringOrNull(payload['title']), pages };
      case DomainEventType.DocketEntryCreated:
      case DomainEventType.DocketEntryUpdated: {
        const entry = typeof payload['entry'] === 'object' && payload['entry'] !== null ? (payload['entry'] as Record<string, unknown>) : {};
        return { title: null, pages: [stringOrNull(entry['description']) ?? '', ...pages].filter(Boolean) };
      }
      case DomainEventType.TosClauseChanged:
        return { title: stringOrNull(payload['heading']), pages };
      case DomainEventType.CitationCreated:
        return null;
    }
  }

  private async storedPages(documentId: string): Promise<string[]> {
    if (!UUID.test(documentId)) return [];
    const rows = (await this.dataSource.query(`SELECT text FROM pages WHERE document_id = $1 ORDER BY number`, [documentId])) as { text: string }[];
    return rows.map((r) => r.text);
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function stringArray(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? (value as string[]) : null;
}
