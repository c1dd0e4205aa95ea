import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { DomainEvent } from './domain-event.entity';
import { DomainEventType } from './domain-event-type';
import { EventsModule } from './events.module';
import { EventsService } from './events.service';

describe('EventsService (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: EventsService;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [EventsModule], entities: [DomainEvent] });
    sut = ctx.app.get(EventsService);
  });

  afterAll(() => ctx.close());

  it('records events in order and lets consumers read after a position', async () => {
    const seenByListener: string[] = [];
    sut.onRecorded(async (events) => {
      seenByListener.push(...events.map((e) => e.subjectId));
    });
    const dataSource = ctx.app.get(DataSource);
    await dataSource.transaction((manager) =>
      sut.record(manager, [
        { type: DomainEventType.DocumentCreated, subjectId: 'doc-1' },
        { type: DomainEventType.DocketEntryCreated, subjectId: 'entry-1', payload: { entryNumber: '1' } },
      ]),
    );
    const all = await sut.after('0');
    expect(all.map((e) => e.subjectId)).toEqual(['doc-1', 'entry-1']);
    expect(Number(all[1].id)).toBeGreaterThan(Number(all[0].id));
    expect((await sut.after(all[0].id)).map((e) => e.subjectId)).toEqual(['entry-1']);
    expect(seenByListener).toEqual(['doc-1', 'entry-1']);
  });

  it('records nothing when the surrounding transaction rolls back', async () => {
    const before = (await sut.after('0')).length;
    await ctx.app
      .get(DataSource)
      .transaction(async (manager) => {
        await sut.record(manager, [{ type: DomainEventType.DocumentCreated, subjectId: 'doc-rolled-back' }]);
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect((await sut.after('0')).length).toBe(before);
  });
});
