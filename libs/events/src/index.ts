export { DOMAIN_EVENT_TYPES, DomainEventType } from './lib/domain-event-type';
export type {
  CitationCreatedPayload,
  DocketEntryPayload,
  DocumentCreatedPayload,
  DocumentOcrCompletedPayload,
  DomainEventPayloads,
  TosClauseChangedPayload,
  TosVersionCreatedPayload,
} from './lib/domain-event-payloads';
export { DomainEvent } from './lib/domain-event.entity';
export { EventsService } from './lib/events.service';
export type { NewDomainEvent } from './lib/events.service';
export { EventsModule } from './lib/events.module';
