import { CasesService } from '@casetrail/cases';
import { isDomainError, mapConcurrent } from '@casetrail/core';
import {
  CALLER_INGEST_CONCURRENCY,
  DocumentExtractionService,
  DocumentIngestService,
  DocumentsService,
  DocumentStatus,
  DocumentType,
  DocumentView,
} from '@casetrail/documents';
import { Presets, SingleBar } from 'cli-progress';
import { Command, Option } from 'nest-commander';
import fs from 'node:fs';
import path from 'node:path';
import { ExitCode, UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';
import { collectFiles } from './ingest-files';

interface IngestCommandOptions {
  case?: string;
  type?: string;
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = CALLER_INGEST_CONCURRENCY;
const MAX_CONCURRENCY = 8;

type Outcome =
  | { kind: 'ingested' | 'duplicate'; file: string; document: DocumentView }
  | { kind: 'failed'; file: string; code: string; message: string; documentId?: string };

const DOCUMENT_TYPES = Object.values(DocumentType) as string[];

@Command({
  name: 'ingest',
  arguments: '<paths...>',
  description:
    'Ingest filings (PDF, text, Markdown, HTML) from files or folders; extracts them in-process, no worker needed',
})
export class IngestCommand extends CasetrailCommand<IngestCommandOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({
    flags: '--case <slug>',
    description: 'attach every file to this case (slug or id) instead of matching headers',
  })
  parseCase(value: string): string {
    return value;
  }

  @Option({ flags: '--type <type>', description: `document type of every file: ${DOCUMENT_TYPES.join(', ')}` })
  parseType(value: string): string {
    return value;
  }

  @Option({
    flags: '--concurrency <n>',
    description: `files read and written at once, 1-${MAX_CONCURRENCY} (default ${DEFAULT_CONCURRENCY})`,
  })
  parseConcurrency(value: string): number {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
      throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY} (got "${value}")`);
    }
    return n;
  }

  protected async execute(paths: string[], options: IngestCommandOptions): Promise<void> {
    if (options.type !== undefined && !DOCUMENT_TYPES.includes(options.type)) {
      throw new UsageError(`--type must be one of ${DOCUMENT_TYPES.join(', ')} (got "${options.type}")`);
    }
    const files = collectFiles(paths);
    if (files.length === 0)
      throw new UsageError('no files to ingest (folders are searched for .pdf, .txt, .md and .html files)');
    if (options.case) await (await this.runtime.get(CasesService)).findEntity(options.case);

    const ingester = new FileIngester(
      await this.runtime.get(DocumentIngestService),
      await this.runtime.get(DocumentExtractionService),
      await this.runtime.get(DocumentsService),
      { case: options.case, documentType: options.type as DocumentType | undefined },
    );
    const bar = new SingleBar(
      {
        format: 'ingest [{bar}] {value}/{total} {file}',
        stream: process.stderr,
        hideCursor: true,
        clearOnComplete: true,
      },
      Presets.shades_classic,
    );
    bar.start(files.length, 0, { file: '' });
    const outcomes = await mapConcurrent(files, options.concurrency ?? DEFAULT_CONCURRENCY, async (file) => {
      const outcome = await ingester.ingest(file);
      bar.increment({ file: path.basename(file) });
      return outcome;
    });
    bar.stop();

    for (const outcome of outcomes) process.stdout.write(`${describe(outcome)}\n`);
    const count = (kind: Outcome['kind']) => outcomes.filter((o) => o.kind === kind).length;
    process.stdout.write(
      `ingested ${count('ingested')}, duplicates ${count('duplicate')}, failed ${count('failed')}\n`,
    );
    if (count('failed') > 0) process.exitCode = ExitCode.Failure;
  }
}

/** One file through the same services the API and the worker use: ingest, then extract here and now. */
class FileIngester {
  constructor(
    private readonly ingestion: DocumentIngestService,
    private readonly extraction: DocumentExtractionService,
    private readonly documents: DocumentsService,
    private readonly fields: { case?: string; documentType?: DocumentType },
  ) {}

  async ingest(file: string): Promise<Outcome> {
    const fileName = path.basename(file);
    try {
      this.ingestion.assertSize((await fs.promises.stat(file)).size, fileName);
      const bytes = await fs.promises.readFile(file);
      const result = await this.ingestion.ingest({ bytes, fileName, ...this.fields }, { extractionBy: 'caller' });
      if (result.status === DocumentStatus.Received)
        await this.extraction.extract(result.documentId, result.extraction);
      const document = await this.documents.get(result.documentId);
      if (document.status === DocumentStatus.Failed) {
        return {
          kind: 'failed',
          file,
          code: document.failure?.code ?? 'failed',
          message: document.failure?.message ?? 'extraction failed',
          documentId: document.id,
        };
      }
      return { kind: result.created ? 'ingested' : 'duplicate', file, document };
    } catch (error) {
      if (isDomainError(error)) return { kind: 'failed', file, code: error.code, message: error.message };
      return { kind: 'failed', file, code: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }
}

function describe(outcome: Outcome): string {
  const name = path.basename(outcome.file);
  if (outcome.kind === 'failed') {
    return `failed     ${outcome.documentId ?? '-'.padEnd(36)}  [${outcome.code}] ${outcome.message}  ${name}`;
  }
  const d = outcome.document;
  const text = d.textLayer === false ? ` no text layer (${d.textLayerIssue})` : '';
  return (
    `${outcome.kind.padEnd(10)} ${d.id}  ${String(d.pageCount ?? '?').padStart(4)} p  ${(d.documentType ?? '-').padEnd(17)} ` +
    `${(d.case?.slug ?? '-').padEnd(28)} ${d.docketNumber ?? '-'}${d.ecfNumber !== null ? ` ECF ${d.ecfNumber}` : ''}` +
    `${d.filedOn ? ` filed ${d.filedOn}` : ''}${text}  ${name}`
  );
}
