import { CASES_ENTITIES } from '@casetrail/cases';
import { CITATIONS_ENTITIES } from '@casetrail/citations';
import { DomainEvent, EventsModule } from '@casetrail/events';
import { JobName } from '@casetrail/jobs';
import { buildPdf, createTestContext, TestContext } from '@casetrail/testing';
import { DataSource } from 'typeorm';
import { DOCUMENTS_ENTITIES } from '../documents.entities';
import { DocumentsModule } from '../documents.module';
import { DocumentStatus } from '../documents/document-status';
import { StalledDocuments } from '../jobs/stalled-documents';
import { DocumentIngestService, IngestInput } from './document-ingest.service';

/** A document still `received` whose extraction job is gone must not stay stuck when it is sent again. */
describe('a duplicate upload of an unfinished document (PostgreSQL)', () => {
  let ctx: TestContext;
  let sut: DocumentIngestService;
  let dataSource: DataSource;

  const upload = (): IngestInput => ({
    bytes: buildPdf({ pages: ['Notice that the hearing moved to a later date.'] }),
    fileName: 'notice.pdf',
    declaredMediaType: 'application/pdf',
  });
  const waitingJobs = async (documentId: string) =>
    (
      (await dataSource.query(
        `SELECT id FROM pgboss.job WHERE name = $1 AND data->>'documentId' = $2 AND state IN ('created', 'retry')`,
        [JobName.DocumentExtract, documentId],
      )) as unknown[]
    ).length;

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [EventsModule, DocumentsModule],
      entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...CITATIONS_ENTITIES, DomainEvent],
    });
    sut = ctx.app.get(DocumentIngestService);
    dataSource = ctx.app.get(DataSource);
  });

  afterAll(() => ctx.close());

  it('queues its extraction again when its job was lost, and only once while that job waits', async () => {
    const input = upload();
    const first = await sut.ingest(input);
    expect(first).toMatchObject({ created: true, status: DocumentStatus.Received });
    // The job of a process that died and was then failed by expiry, or archived: none waits any more.
    await dataSource.query(
      `UPDATE pgboss.job SET state = 'failed', completed_on = now() WHERE name = $1 AND data->>'documentId' = $2`,
      [JobName.DocumentExtract, first.documentId],
    );
    expect(await waitingJobs(first.documentId)).toBe(0);

    const again = await sut.ingest(input);
    expect(again).toMatchObject({ documentId: first.documentId, created: false, status: DocumentStatus.Received });
    expect(await waitingJobs(first.documentId)).toBe(1);

    await sut.ingest(input);
    expect(await waitingJobs(first.documentId)).toBe(1);
  });

  it('moves a delayed safety-net job forward instead of adding one', async () => {
    const input = upload();
    const first = await sut.ingest(input, { extractionBy: 'caller' });
    const startsIn = async () =>
      (
        (await dataSource.query(
          `SELECT extract(epoch FROM start_after - now())::float AS s FROM pgboss.job WHERE name = $1 AND data->>'documentId' = $2`,
          [JobName.DocumentExtract, first.documentId],
        )) as { s: number }[]
      ).map((row) => row.s);
    expect((await startsIn())[0]).toBeGreaterThan(60);

    await sut.ingest(input);
    const after = await startsIn();
    expect(after).toHaveLength(1);
    expect(after[0]).toBeLessThanOrEqual(0);
  });

  it('at a worker start, requeues received documents whose job is gone and fails those whose attempts ran out', async () => {
    const lost = await sut.ingest(upload());
    const exhausted = await sut.ingest(upload());
    const fresh = await sut.ingest(upload());
    await dataSource.query(`DELETE FROM pgboss.job WHERE name = $1 AND data->>'documentId' = $2`, [
      JobName.DocumentExtract,
      lost.documentId,
    ]);
    await dataSource.query(
      `UPDATE pgboss.job SET state = 'failed', completed_on = now() WHERE name = $1 AND data->>'documentId' = $2`,
      [JobName.DocumentExtract, exhausted.documentId],
    );
    await dataSource.query(`UPDATE documents SET created_at = now() - interval '1 hour' WHERE id = ANY($1::uuid[])`, [
      [lost.documentId, exhausted.documentId],
    ]);

    const report = await ctx.app.get(StalledDocuments).recover();

    expect(report).toEqual({ requeued: 1, failed: 1 });
    expect(await waitingJobs(lost.documentId)).toBe(1);
    const [{ status, failure_code }] = (await dataSource.query(
      `SELECT status, failure_code FROM documents WHERE id = $1`,
      [exhausted.documentId],
    )) as { status: string; failure_code: string }[];
    expect({ status, failure_code }).toEqual({ status: DocumentStatus.Failed, failure_code: 'extraction_crashed' });
    expect(await waitingJobs(fresh.documentId)).toBe(1);
  });
});
