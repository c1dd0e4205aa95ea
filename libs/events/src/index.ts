export * from './lib/domain-event-type';
export * from './lib/domain-event-payloads';
export * from './lib/domain-event.entity';
export * from './lib/events.service';
export * from './lib/events.module';
