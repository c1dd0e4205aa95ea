import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, MoreThan } from 'typeorm';
import { DomainEvent } from './domain-event.entity';
import { DomainEventType } from './domain-event-type';

export interface NewDomainEvent {
  type: DomainEventType;
  caseId?: string | null;
  subjectId: string;
  payload?: Record<string, unknown>;
}

/** Records domain events inside the caller's transaction; consumers read them in id order. */
@Injectable()
export class EventsService {
  private readonly listeners: ((events: DomainEvent[], manager: EntityManager) => Promise<void>)[] = [];

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Lets a consumer (alert matching) act in the same transaction as the event, e.g. enqueue its
   * job, so that an event is never recorded without its follow-up.
   */
  onRecorded(listener: (events: DomainEvent[], manager: EntityManager) => Promise<void>): void {
    this.listeners.push(listener);
  }

  async record(manager: EntityManager, events: NewDomainEvent[]): Promise<DomainEvent[]> {
    if (events.length === 0) return [];
    const saved = await manager
      .getRepository(DomainEvent)
      .save(
        events.map((e) =>
          manager
            .getRepository(DomainEvent)
            .create({ type: e.type, caseId: e.caseId ?? null, subjectId: e.subjectId, payload: e.payload ?? {} }),
        ),
      );
    for (const listener of this.listeners) await listener(saved, manager);
    return saved;
  }

  async after(id: string, limit = 500): Promise<DomainEvent[]> {
    return this.dataSource
      .getRepository(DomainEvent)
      .find({ where: { id: MoreThan(id) }, order: { id: 'ASC' }, take: limit });
  }

  async get(id: string): Promise<DomainEvent | null> {
    return this.dataSource.getRepository(DomainEvent).findOne({ where: { id } });
  }
}
