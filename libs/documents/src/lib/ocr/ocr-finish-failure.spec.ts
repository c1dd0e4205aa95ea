import { CASES_ENTITIES, SeedService } from '@casetrail/cases';
import { CITATIONS_ENTITIES } from '@casetrail/citations';
import { DomainEvent, DomainEventType, EventsModule } from '@casetrail/events';
import { JobName } from '@casetrail/jobs';
import { corpusPath, createTestContext, TestContext } from '@casetrail/testing';
import fs from 'node:fs';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { Document } from '../documents/document.entity';
import { DOCUMENTS_ENTITIES } from '../documents.entities';
import { DocumentsModule } from '../documents.module';
import { DocumentExtractionService } from '../ingest/document-extraction.service';
import { DocumentIngestService } from '../ingest/document-ingest.service';
import { WorkerError, WorkerErrorCode } from '@casetrail/workers';
import { DocumentOcrService, isTransientFinishError } from './document-ocr.service';
import { DocumentOcrStatus, PageOcrStatus, PageTextSource } from './ocr-status';

jest.setTimeout(120_000);

const SCAN = 'image-only_court-document.pdf';
/** A header stamp as OCR misreads it: an ECF number beyond PostgreSQL's integer (22003 on every try). */
const MISREAD_STAMP =
  'Case 3:24-cv-05417-WHA Document 99999999999-1 Filed 06/23/25 Page 1 of 32\n' +
  'ORDER ON FAIR USE. The court reads the papers and rules as follows. '.repeat(4);

/**
 * What follows the last OCR'd page (citations in the worker pool, then header metadata, citations,
 * claims and the event in one transaction) failing for good, or for a moment. Each document is put
 * in the state a run leaves after storing its last page: every page `done` with OCR text, the
 * document `running`; the next run reads no page and only finishes.
 */
describe('OCR: the step after the last page fails (PostgreSQL, worker pool)', () => {
  let ctx: TestContext;
  let sut: DocumentOcrService;
  let dataSource: DataSource;

  beforeAll(async () => {
    ctx = await createTestContext({
      imports: [EventsModule, DocumentsModule],
      entities: [...CASES_ENTITIES, ...DOCUMENTS_ENTITIES, ...CITATIONS_ENTITIES, DomainEvent],
    });
    await ctx.app.get(SeedService).seed();
    sut = ctx.app.get(DocumentOcrService);
    dataSource = ctx.app.get(DataSource);
  });

  afterAll(() => ctx?.close());

  /** A corpus scan, extracted, with every page read by OCR as `ocrText` and the run stopped before finishing. */
  const readToTheLastPage = async (fileName: string, ocrText: string): Promise<string> => {
    const { documentId } = await ctx.app.get(DocumentIngestService).ingest({
      // A comment after %%EOF makes each copy a distinct file (uploads are de-duplicated by SHA-256).
      bytes: Buffer.concat([fs.readFileSync(corpusPath('filings', 'pdf', SCAN)), Buffer.from(`\n% ${fileName}\n`)]),
      fileName,
      declaredMediaType: 'application/pdf',
      case: 'bartz-v-anthropic',
    });
    await ctx.app.get(DocumentExtractionService).extract(documentId);
    const pages = await dataSource.query<{ n: number }[]>(
      `UPDATE pages SET text = $2, text_source = $3, ocr_status = $4, ocr_confidence = 90
        WHERE document_id = $1 AND ocr_status = $5 RETURNING number AS n`,
      [documentId, ocrText, PageTextSource.Ocr, PageOcrStatus.Done, PageOcrStatus.Pending],
    );
    expect(pages.length).toBeGreaterThan(0);
    await dataSource.query(
      `UPDATE documents SET ocr_status = $2, ocr_pages_total = $3, ocr_pages_done = $3 WHERE id = $1`,
      [documentId, DocumentOcrStatus.Running, pages.length],
    );
    return documentId;
  };
  const documentOf = (id: string) => dataSource.getRepository(Document).findOneByOrFail({ id });
  const pageTexts = async (id: string) =>
    (
      await dataSource.query<{ text: string; text_source: string }[]>(
        'SELECT text, text_source FROM pages WHERE document_id = $1 ORDER BY number',
        [id],
      )
    ).map((p) => [p.text_source, p.text]);
  const countEvents = async (id: string) =>
    dataSource.getRepository(DomainEvent).countBy({ subjectId: id, type: DomainEventType.DocumentOcrCompleted });
  const indexJobs = async (id: string) =>
    (
      await dataSource.query<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'documentId' = $2`,
        [JobName.DocumentIndex, id],
      )
    )[0].n;

  it('marks OCR failed when a page text makes the step throw for good (a misread stamp), keeping the text', async () => {
    const id = await readToTheLastPage('misread-stamp.pdf', MISREAD_STAMP);
    const indexBefore = await indexJobs(id);

    const outcome = await sut.ocrDocument(id);

    expect(outcome).toMatchObject({ status: 'failed', pagesRead: 0 });
    const document = await documentOf(id);
    expect(document.ocrStatus).toBe(DocumentOcrStatus.Failed);
    expect(document.ocrFailureCode).toBe('citations_failed');
    expect(document.ocrFailureMessage).toMatch(/out of range for type integer/);
    expect(document.ecfNumber).toBeNull();
    expect(new Set((await pageTexts(id)).map(([source, text]) => `${source}|${text}`))).toEqual(
      new Set([`${PageTextSource.Ocr}|${MISREAD_STAMP}`]),
    );
    expect(await countEvents(id)).toBe(0);
    // The text OCR read is searchable even though what follows it failed.
    expect(await indexJobs(id)).toBe(indexBefore + 1);
    expect(await sut.documentsMissingOcr()).not.toContain(id);

    // A later run (the job retried, `ocr --missing`) does not try again; `--force` reads the pages again.
    expect(await sut.ocrDocument(id)).toMatchObject({ status: 'failed', pagesRead: 0 });
    expect((await documentOf(id)).ocrFailureCode).toBe('citations_failed');
  });

  it('marks OCR failed with task_timed_out when the citations task outlives its time limit', async () => {
    const text = 'See 17 U.S.C. § 107; Campbell v. Acuff-Rose Music, Inc., 510 U.S. 569 (1994). '.repeat(20_000);
    const id = await readToTheLastPage('long-scan.pdf', text);
    const limit = ctx.config.workers.taskTimeoutMs;
    ctx.config.workers.taskTimeoutMs = 1;
    try {
      expect(await sut.ocrDocument(id)).toMatchObject({ status: 'failed' });
    } finally {
      ctx.config.workers.taskTimeoutMs = limit;
    }
    const document = await documentOf(id);
    expect([document.ocrStatus, document.ocrFailureCode]).toEqual([DocumentOcrStatus.Failed, 'task_timed_out']);
    expect((await pageTexts(id)).every(([source, page]) => source === PageTextSource.Ocr && page === text)).toBe(true);
  });

  it('leaves OCR running for a retry when the database connection is lost, and the retry finishes it', async () => {
    const id = await readToTheLastPage('good-scan.pdf', 'ORDER. See 17 U.S.C. § 107. '.repeat(10));
    // Another session holds the citations table, so the finishing transaction waits there; then its
    // connection is terminated (SQLSTATE 57P01), as in a database restart.
    const holder = new Client({ connectionString: ctx.db.url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE citations IN ACCESS EXCLUSIVE MODE');
      const run = sut.ocrDocument(id);
      const settled = run.then(
        () => null,
        (error: unknown) => error,
      );
      // Until the run waits on the lock (the citations task runs first; slow when the cores are busy).
      let settledEarly: unknown = undefined;
      void settled.then((value) => (settledEarly = value ?? 'resolved'));
      let blocked: { pid: number }[] = [];
      for (let i = 0; i < 1200 && blocked.length === 0 && settledEarly === undefined; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        blocked = await holder
          .query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'
               AND pid <> pg_backend_pid()`,
          )
          .then((r) => r.rows);
      }
      expect(settledEarly).toBeUndefined();
      expect(blocked.length).toBeGreaterThan(0);
      for (const { pid } of blocked) await holder.query('SELECT pg_terminate_backend($1)', [pid]);
      const error = await settled;
      expect(error).toBeInstanceOf(Error);
      await holder.query('ROLLBACK');
    } finally {
      await holder.end();
    }
    const interrupted = await documentOf(id);
    expect([interrupted.ocrStatus, interrupted.ocrFailureCode]).toEqual([DocumentOcrStatus.Running, null]);
    expect(await sut.documentsMissingOcr()).toContain(id);

    expect(await sut.ocrDocument(id)).toMatchObject({ status: 'completed', pagesRead: 0 });
    const finished = await documentOf(id);
    expect([finished.ocrStatus, finished.ocrFailureCode]).toEqual([DocumentOcrStatus.Completed, null]);
    expect(await countEvents(id)).toBe(1);
  });
});

describe('which failures of the step after OCR are retried', () => {
  it.each([
    ['a deadlock', { code: '40P01' }, true],
    ['a serialization failure (wrapped by TypeORM)', { driverError: { code: '40001' } }, true],
    ['a lock timeout', { code: '55P03' }, true],
    ['too many connections', { code: '53300' }, true],
    ['a lost connection', new Error('Connection terminated unexpectedly'), true],
    ['a busy worker pool', new WorkerError(WorkerErrorCode.PoolBusy, 'busy'), true],
    ['a value out of range', { code: '22003' }, false],
    ['a check constraint', { driverError: { code: '23514' } }, false],
    ['a task timeout', new WorkerError(WorkerErrorCode.TimedOut, 'slow'), false],
    ['an error of the code', new TypeError('x is undefined'), false],
  ])('%s: %s', (_name, error, transient) => {
    expect(isTransientFinishError(error)).toBe(transient);
  });
});
