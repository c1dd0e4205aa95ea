import { DomainEvent, DomainEventType } from '@casetrail/events';
import { createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { TosCatalogService } from '../catalog/tos-catalog.service';
import { TosDocument } from '../catalog/tos-document.entity';
import { TOS_ENTITIES } from '../tos.entities';
import { TosModule } from '../tos.module';
import { TosChange } from '../versions/tos-change.entity';
import { TosClause } from '../versions/tos-clause.entity';
import { TosVersionKind } from '../versions/tos-version-kind';
import { TosVersion } from '../versions/tos-version.entity';
import { SnapshotInput, TosIngestService } from './tos-ingest.service';
import { SnapshotOrigin, SnapshotOutcome, TosSnapshot } from './tos-snapshot.entity';

const terms = (extra = '', date = 'January 1, 2024'): string =>
  `# Terms\n\nEffective: ${date}\n\n## Use\n\n(a) You may not (i) copy the Services; (ii) resell them.\n\n(b) Be nice.${extra}`;
const at = (iso: string, markdown: string, extra: Partial<SnapshotInput> = {}): SnapshotInput => ({
  recordedAt: new Date(iso),
  markdown,
  sourceUrl: 'https://example.com/terms',
  ...extra,
});

describe('TosIngestService (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: TosIngestService;
  let dataSource: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext({ imports: [TosModule], entities: [...TOS_ENTITIES, DomainEvent] });
    sut = ctx.app.get(TosIngestService);
    dataSource = ctx.app.get(DataSource);
  });

  afterAll(() => ctx.close());

  const newDocument = async (service: string, type: string, predecessor?: TosDocument): Promise<TosDocument> => {
    const catalog = ctx.app.get(TosCatalogService);
    const document = await dataSource.transaction(async (manager) =>
      catalog.ensureDocument(manager, await catalog.ensureService(manager, service, 'Example Inc.'), type, []),
    );
    if (predecessor)
      await dataSource.getRepository(TosDocument).update({ id: document.id }, { predecessorId: predecessor.id });
    return { ...document, predecessorId: predecessor?.id ?? null } as TosDocument;
  };

  it('stores versions, skips noise, counts every snapshot, and records domain events', async () => {
    const doc = await newDocument('Example', 'Terms of Service');
    const report = await sut.ingest(
      doc.id,
      [
        at('2024-03-01T00:00:00Z', `${terms()}\n\nSee the [pricing](https://x.com/p?utm_source=a) page.`),
        at('2024-01-01T00:00:00Z', terms()),
        at('2024-02-01T00:00:00Z', `…\n\n${terms()}`),
        at('2024-04-01T00:00:00Z', '## Page not found\n\nThe page you are looking for does not exist.'),
        at(
          '2024-05-01T00:00:00Z',
          terms('\n\n(c) Pay on time.', 'May 1, 2024').replace('resell them', 'resell or lease them'),
          { technical: true },
        ),
      ],
      SnapshotOrigin.Import,
    );
    expect(report.snapshots.map((s) => [s.recordedAt.slice(0, 10), s.outcome])).toEqual([
      ['2024-01-01', SnapshotOutcome.Stored],
      ['2024-02-01', SnapshotOutcome.Noise],
      ['2024-03-01', SnapshotOutcome.Stored],
      ['2024-04-01', SnapshotOutcome.ErrorPage],
      ['2024-05-01', SnapshotOutcome.Stored],
    ]);
    const versions = await dataSource
      .getRepository(TosVersion)
      .find({ where: { documentId: doc.id }, order: { recordedAt: 'ASC' } });
    expect(versions.map((v) => [v.kind, v.effectiveDate])).toEqual([
      [TosVersionKind.First, '2024-01-01'],
      [TosVersionKind.Change, '2024-01-01'],
      [TosVersionKind.Technical, '2024-05-01'],
    ]);
    expect(versions[1].previousVersionId).toBe(versions[0].id);
    expect(versions[2].changeCounts).toEqual({ added: 1, removed: 1, modified: 2, moved: 0 });
    expect(await dataSource.getRepository(TosSnapshot).count({ where: { documentId: doc.id } })).toBe(5);
    const events = await dataSource.getRepository(DomainEvent).find({ order: { id: 'ASC' } });
    const created = events.filter((e) => e.type === DomainEventType.TosVersionCreated);
    expect(created.map((e) => e.subjectId)).toEqual(versions.map((v) => v.id));
    expect(created[2].payload).toMatchObject({
      tosDocumentId: doc.id,
      versionId: versions[2].id,
      service: 'Example',
      provider: 'Example Inc.',
      documentType: 'Terms of Service',
      title: 'Terms',
      kind: 'technical',
      changedClauseKeys: expect.arrayContaining([expect.any(String)]),
    });
    expect(created[0].payload['text']).toContain('Be nice.');
    expect(created[2].payload['text']).toBeUndefined();
    // A change by the company names its changed clauses; first versions and technical re-extractions do not.
    const clauseEvents = events.filter((e) => e.type === DomainEventType.TosClauseChanged);
    expect(clauseEvents.map((e) => [e.subjectId, e.payload['change']])).toEqual([[versions[1].id, 'added']]);
    expect(clauseEvents[0].payload).toMatchObject({
      tosDocumentId: doc.id,
      service: 'Example',
      heading: 'Use',
      text: 'See the pricing page.',
      clauseKey: expect.any(String),
    });
    const queued = await dataSource.query(`SELECT data FROM pgboss.job WHERE name = 'search.index-tos-version'`);
    expect(queued.map((j: { data: { documentId: string } }) => j.data.documentId)).toContain(doc.id);
  });

  it('is idempotent, takes a second text recorded at the same time, and refuses older snapshots', async () => {
    const doc = await newDocument('Example', 'Privacy Policy');
    await sut.ingest(
      doc.id,
      [at('2024-01-01T00:00:00Z', terms()), at('2024-02-01T00:00:00Z', terms('\n\n(c) New.'))],
      SnapshotOrigin.Import,
    );
    const again = await sut.ingest(
      doc.id,
      [
        at('2024-01-01T00:00:00Z', terms()),
        at('2024-02-01T00:00:00Z', terms('\n\n(c) New.')),
        at('2024-02-01T00:00:00Z', terms('\n\n(c) Newer.')),
        at('2024-01-15T00:00:00Z', terms('\n\n(c) Late.')),
      ],
      SnapshotOrigin.Import,
    );
    expect(again.snapshots.map((s) => s.outcome)).toEqual([
      'duplicate',
      'out-of-order',
      'duplicate',
      SnapshotOutcome.Stored,
    ]);
    const versions = await dataSource
      .getRepository(TosVersion)
      .find({ where: { documentId: doc.id }, order: { recordedAt: 'ASC', sequence: 'ASC' } });
    expect(versions.map((v) => [v.recordedAt.toISOString().slice(0, 10), v.sequence])).toEqual([
      ['2024-01-01', 1],
      ['2024-02-01', 2],
      ['2024-02-01', 3],
    ]);
  });

  it("carries clause keys over from a predecessor's last version", async () => {
    const old = await newDocument('Old Name', 'Terms of Service');
    await sut.ingest(old.id, [at('2024-01-01T00:00:00Z', terms())], SnapshotOrigin.Import);
    const successor = await newDocument('New Name', 'Terms of Service', old);
    const report = await sut.ingest(
      successor.id,
      [at('2024-06-01T00:00:00Z', terms().replace('Be nice.', 'Be kind and nice.'))],
      SnapshotOrigin.Import,
    );
    const [oldVersion] = await dataSource.getRepository(TosVersion).findBy({ documentId: old.id });
    const [newVersion] = await dataSource.getRepository(TosVersion).findBy({ documentId: successor.id });
    expect(report.versionIds).toEqual([newVersion.id]);
    expect(newVersion.kind).toBe(TosVersionKind.First);
    expect(newVersion.previousVersionId).toBe(oldVersion.id);
    const keys = async (versionId: string) =>
      (await dataSource.getRepository(TosClause).findBy({ versionId })).map((c) => c.key).sort();
    expect(await keys(newVersion.id)).toEqual(await keys(oldVersion.id));
    const changes = await dataSource.getRepository(TosChange).findBy({ toVersionId: newVersion.id });
    expect(changes.map((c) => [c.kind, c.fromVersionId])).toEqual([['modified', oldVersion.id]]);
    expect(changes[0].wordDiff).toContainEqual({ op: 'insert', text: 'kind and ' });
  });
});
