import { DocumentOcrService, OcrRunOutcome } from '@casetrail/documents';
import { SearchService } from '@casetrail/search';
import { Presets, SingleBar } from 'cli-progress';
import { Command, Option } from 'nest-commander';
import { ExitCode, UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

interface OcrCommandOptions {
  document?: string[];
  missing?: boolean;
  force?: boolean;
}

/** Lines of `ocr`: what each document's run did, then totals. */
function outcomeLine(outcome: OcrRunOutcome): string {
  const counts =
    `${outcome.pagesDone}/${outcome.pagesTotal} pages` +
    (outcome.pagesFailed ? `, ${outcome.pagesFailed} failed` : '') +
    (outcome.pagesSkipped ? `, ${outcome.pagesSkipped} beyond the page cap` : '');
  switch (outcome.status) {
    case 'completed':
      return `${outcome.pagesRead > 0 ? 'read     ' : 'unchanged'}  ${outcome.documentId}  ${counts}`;
    case 'not_needed':
      return `not needed ${outcome.documentId}  every page has a text layer`;
    case 'not_extracted':
      return `skipped    ${outcome.documentId}  not extracted (received or failed)`;
    case 'busy':
      return `busy       ${outcome.documentId}  being OCR'd by another process; try again later`;
    case 'failed':
      return `failed     ${outcome.documentId}  ${counts}; [${outcome.failure?.code}] ${outcome.failure?.message} (--force reads it again)`;
  }
}

@Command({
  name: 'ocr',
  description:
    'OCR the pages without a usable text layer, in-process (--document ID, or --missing for every document); repeat runs change nothing',
})
export class OcrCommand extends CasetrailCommand<OcrCommandOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--document <id>', description: 'a document to OCR (repeatable)' })
  parseDocument(value: string, previous: string[] = []): string[] {
    return [...previous, value];
  }

  @Option({ flags: '--missing', description: 'every document with pages waiting for OCR, or never checked for it' })
  parseMissing(): boolean {
    return true;
  }

  @Option({ flags: '--force', description: 'read again the pages OCR already read, failed or skipped' })
  parseForce(): boolean {
    return true;
  }

  protected async execute(params: string[], options: OcrCommandOptions): Promise<void> {
    if (params.length > 0) throw new UsageError(`unexpected argument "${params[0]}"; use --document ID or --missing`);
    if (!options.document?.length && !options.missing)
      throw new UsageError('name documents with --document ID, or use --missing');
    const ocr = await this.runtime.get(DocumentOcrService);
    const ids = [
      ...new Set([...(options.document ?? []), ...(options.missing ? await ocr.documentsMissingOcr() : [])]),
    ];
    if (ids.length === 0) {
      process.stdout.write('no document is missing OCR\n');
      return;
    }
    const bar = new SingleBar(
      { format: 'ocr [{bar}] {value}/{total} pages  document {doc}/{docs}  {eta_formatted}', stream: process.stderr },
      Presets.shades_classic,
    );
    const drawing = process.stderr.isTTY === true;
    const outcomes: OcrRunOutcome[] = [];
    try {
      for (const [index, id] of ids.entries()) {
        let started = false;
        const outcome = await ocr.ocrDocument(id, {
          force: options.force === true,
          onProgress: (done, total) => {
            if (!drawing) return;
            if (!started) {
              bar.start(total, done, { doc: index + 1, docs: ids.length });
              started = true;
            }
            bar.update(done);
          },
        });
        if (started) bar.stop();
        // Searchable at once, as the queued document.index job would make it once a worker runs.
        if (outcome.pagesRead > 0) await (await this.runtime.get(SearchService)).indexDocument(id);
        outcomes.push(outcome);
        process.stdout.write(`${outcomeLine(outcome)}\n`);
      }
    } finally {
      bar.stop();
    }
    const read = outcomes.reduce((n, o) => n + o.pagesRead, 0);
    const failed = outcomes.reduce((n, o) => n + o.pagesFailed, 0);
    process.stdout.write(
      `documents ${outcomes.length}, pages read ${read}, pages failed ${failed} (reasons: GET /api/v1/documents/ID/pages/N)\n`,
    );
    if (outcomes.some((o) => o.status === 'busy' || o.status === 'failed')) process.exitCode = ExitCode.Failure;
  }
}
