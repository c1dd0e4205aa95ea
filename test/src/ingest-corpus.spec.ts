import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SeedService } from '@casetrail/cases';
import { sha256Hex } from '@casetrail/core';
import {
  Document,
  DocumentPage,
  DocumentsService,
  DocumentStatus,
  textSimilarity,
  tokenF1,
} from '@casetrail/documents';
import { CasetrailModule } from '@casetrail/runtime';
import { corpusPath, createTestDatabase, testConfig, TestDatabase } from '@casetrail/testing';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { cli } from './processes';

interface CorpusRow {
  file: string;
  documentType: string;
  pages?: number;
  textFile?: string;
}

const MIN_SIMILARITY = 0.95;
// documents.json describes these as scans or as text that is not language.
const HARD_FILE = /image|scanned|broken font|garbled/i;

/**
 * `npm run cli -- ingest` as a user runs it: the built CLI process, over every PDF of the shared
 * corpus in one run, extracting in-process (no worker), against a fresh database.
 */
describe('ingest CLI over the corpus of real filings', () => {
  const pdfDir = corpusPath('filings', 'pdf');
  const pdfs = fs
    .readdirSync(pdfDir)
    .filter((f) => f.toLowerCase().endsWith('.pdf'))
    .sort();
  const rows = JSON.parse(fs.readFileSync(corpusPath('filings', 'documents.json'), 'utf8')) as CorpusRow[];
  let db: TestDatabase;
  let dataDir: string;
  let env: NodeJS.ProcessEnv;
  let app: INestApplicationContext;
  let firstRun: { stdout: string; stderr: string };

  const documentOf = (file: string) =>
    app
      .get(DataSource)
      .getRepository(Document)
      .findOneOrFail({ where: { sha256: sha256Hex(fs.readFileSync(path.join(pdfDir, file))) } });
  const textOf = async (documentId: string) =>
    (
      await app
        .get(DataSource)
        .getRepository(DocumentPage)
        .find({ where: { documentId }, order: { number: 'ASC' } })
    )
      .map((p) => p.text)
      .join('\n');

  beforeAll(async () => {
    db = await createTestDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-ingest-'));
    env = { DATABASE_URL: db.url, CASETRAIL_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    app = await NestFactory.createApplicationContext(
      CasetrailModule.forRoot({ config: testConfig({ databaseUrl: db.url }), databaseUrl: db.url }),
      { logger: false },
    );
    await app.get(SeedService).seed();
    firstRun = await cli(['ingest', pdfDir], env);
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('ingests every PDF in one run and exits 0', () => {
    expect(pdfs.length).toBeGreaterThanOrEqual(30);
    expect(firstRun.stdout).toContain(`ingested ${pdfs.length}, duplicates 0, failed 0\n`);
  });

  it("stores the page count of each PDF as the file has it (pypdf's count, in documents.json)", async () => {
    // PDF.js's own count is compared in-process by libs/documents corpus.spec.ts; here an independent reader's.
    const lines = ['file                                                          pages  documents.json'];
    for (const file of pdfs) {
      const document = await documentOf(file);
      const listed = rows.find((r) => r.file === `pdf/${file}`)?.pages;
      lines.push(`${file.padEnd(62)} ${String(document.pageCount).padEnd(6)} ${listed ?? '-'}`);
      expect(document.status).toBe(DocumentStatus.Extracted);
      expect(listed).toEqual(expect.any(Number));
      expect(document.pageCount).toBe(listed);
      expect(await app.get(DataSource).getRepository(DocumentPage).countBy({ documentId: document.id })).toBe(
        document.pageCount,
      );
    }
    console.log(lines.join('\n'));
  });

  it('extracts text that agrees with the reference texts (similarity >= 0.95 where there is a text layer)', async () => {
    const lines = ['file                                                          textLayer  similarity  tokenF1'];
    let compared = 0;
    for (const file of pdfs) {
      const row = rows.find((r) => r.file === `pdf/${file}`);
      if (!row?.textFile) continue;
      const document = await documentOf(file);
      const ours = await textOf(document.id);
      const reference = fs.readFileSync(corpusPath('filings', row.textFile), 'utf8');
      const similarity = textSimilarity(ours, reference);
      lines.push(
        `${file.padEnd(62)} ${String(document.textLayer).padEnd(10)} ${similarity.toFixed(4).padEnd(11)} ${tokenF1(ours, reference).toFixed(4)}`,
      );
      expect(document.textLayer).toBe(true);
      expect(similarity).toBeGreaterThanOrEqual(MIN_SIMILARITY);
      compared += 1;
    }
    console.log(lines.join('\n'));
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  it('stores the hard files (image-only, garbled) with textLayer false and a reason, or failed with a reason', async () => {
    const lines: string[] = [];
    for (const row of rows.filter((r) => r.file.startsWith('pdf/') && HARD_FILE.test(r.documentType))) {
      const document = await documentOf(path.basename(row.file));
      lines.push(
        `${path.basename(row.file).padEnd(45)} ${document.status} textLayer=${document.textLayer} ${document.textLayerIssue ?? document.failureCode}`,
      );
      if (document.status === DocumentStatus.Failed) expect(document.failureCode).toEqual(expect.any(String));
      else expect(document).toMatchObject({ textLayer: false, textLayerIssue: expect.any(String) });
    }
    console.log(`hard files:\n${lines.join('\n')}`);
    expect(lines.length).toBeGreaterThanOrEqual(5);
  });

  it('attaches the Bartz v. Anthropic complaint and fair-use order to the seeded case by their header', async () => {
    const bartz = await app.get(DocumentsService).listForCase('bartz-v-anthropic', {});
    expect(
      bartz.items.map((d) => ({
        docket: d.docketNumber,
        ecf: d.ecfNumber,
        filedOn: d.filedOn,
        type: d.documentType,
        by: d.case?.matchedBy,
      })),
    ).toEqual([
      { docket: '3:24-cv-05417', ecf: 1, filedOn: '2024-08-19', type: 'complaint', by: 'header' },
      { docket: '3:24-cv-05417', ecf: 231, filedOn: '2025-06-23', type: 'order', by: 'header' },
    ]);
  });

  it('finds only duplicates in a second run', async () => {
    const { stdout } = await cli(['ingest', pdfDir], env);
    expect(stdout).toContain(`ingested 0, duplicates ${pdfs.length}, failed 0\n`);
  });

  it('reports a bad file and exits non-zero, ingesting the others', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-ingest-bad-'));
    try {
      fs.writeFileSync(path.join(dir, 'empty.pdf'), '');
      fs.writeFileSync(
        path.join(dir, 'notes.md'),
        '# Hearing notes\n\nThe hearing on the motion to dismiss moved to May.\n',
      );
      const failure = await cli(['ingest', dir], env).then(
        () => null,
        (error: { code: number; stdout: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toMatch(/failed .*\[empty_file\] The file is empty {2}empty\.pdf/);
      expect(failure?.stdout).toContain('ingested 1, duplicates 0, failed 1\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a --concurrency outside 1-8 with a usage error (exit 2) before reading any file', async () => {
    const documentsBefore = await app.get(DataSource).getRepository(Document).count();
    const failure = await cli(['ingest', '--concurrency', '0', pdfDir], env).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('--concurrency must be a whole number from 1 to 8 (got "0")');
    expect(await app.get(DataSource).getRepository(Document).count()).toBe(documentsBefore);
  });
});
