import {
  decodePacerText,
  fetchFeed,
  PacerError,
  PacerErrorCode,
  PacerImportService,
  parseDocketReport,
  RssPollerService,
  parseRssFeed,
  toJuriscraperDocket,
  toJuriscraperRss,
} from '@casetrail/pacer';
import { Injectable } from '@nestjs/common';
import { Command, Option, SubCommand } from 'nest-commander';
import fs from 'node:fs';
import { UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

interface ImportOptions {
  court?: string;
  trackedOnly?: boolean;
}

interface ParseOptions extends ImportOptions {
  format?: string;
}

const FORMATS = ['casetrail', 'juriscraper'];

function courtOption(value: string): string {
  if (!/^[a-z0-9-]{2,40}$/i.test(value))
    throw new UsageError(`--court must be a court id such as nysd (got "${value}")`);
  return value.toLowerCase();
}

function formatOption(value: string): string {
  if (!FORMATS.includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
  return value;
}

/** The options every PACER subcommand that reads a file takes: the court, when the file does not say it. */
@Injectable()
abstract class PacerFileCommand<TOptions extends ImportOptions> extends CasetrailCommand<TOptions> {
  constructor(protected readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--court <id>', description: 'court id (e.g. nysd) when the file does not say it' })
  parseCourt(value: string): string {
    return courtOption(value);
  }
}

/** parse-docket and parse-rss: print what the parser makes of a file, ours or in juriscraper's field names. */
abstract class PacerParseCommand extends PacerFileCommand<ParseOptions> {
  @Option({ flags: '--format <format>', description: "juriscraper: juriscraper's field names; default: ours" })
  parseFormat(value: string): string {
    return formatOption(value);
  }

  protected abstract parse(text: string, court: string | undefined, format: string): unknown;

  protected async execute([file]: string[], options: ParseOptions): Promise<void> {
    printJson(
      this.parse(readInput(file, this.runtime.config.pacer.maxBodyBytes), options.court, options.format ?? 'casetrail'),
    );
  }
}

/** A file's text, refused when larger than the configured limit (the API's limit for uploads). */
function readInput(file: string | undefined, maxBytes: number): string {
  if (!file) throw new UsageError('give the file to read');
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  if (size > maxBytes) {
    throw new PacerError(
      PacerErrorCode.InputTooLarge,
      `${file} is larger than ${maxBytes} bytes (CASETRAIL_PACER_MAX_BYTES).`,
      { limitBytes: maxBytes },
    );
  }
  return decodePacerText(fs.readFileSync(file));
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

@SubCommand({
  name: 'parse-docket',
  arguments: '<file>',
  description: 'Parse a PACER docket report (HTML) and print it as JSON; needs no database',
})
export class PacerParseDocketCommand extends PacerParseCommand {
  protected parse(html: string, court: string | undefined, format: string): unknown {
    const report = parseDocketReport(html, { court });
    return format === 'juriscraper' ? toJuriscraperDocket(report) : report;
  }
}

@SubCommand({
  name: 'parse-rss',
  arguments: '<file>',
  description: 'Parse a court RSS feed (XML) and print its items as JSON; needs no database',
})
export class PacerParseRssCommand extends PacerParseCommand {
  protected parse(xml: string, court: string | undefined, format: string): unknown {
    const items = parseRssFeed(xml, { court });
    return format === 'juriscraper' ? toJuriscraperRss(items) : items;
  }
}

@SubCommand({
  name: 'import-docket',
  arguments: '<file>',
  description: 'Import a PACER docket report: court, case, parties, judges and entries (idempotent)',
})
export class PacerImportDocketCommand extends PacerFileCommand<ImportOptions> {
  protected async execute([file]: string[], options: ImportOptions): Promise<void> {
    const html = readInput(file, this.runtime.config.pacer.maxBodyBytes);
    printJson(await (await this.runtime.get(PacerImportService)).importDocket(html, { court: options.court }));
  }
}

@SubCommand({
  name: 'import-rss',
  arguments: '<file-or-url>',
  description: 'Import the entries of a court RSS feed, from a file or an http(s) URL (idempotent)',
})
export class PacerImportRssCommand extends PacerFileCommand<ImportOptions> {
  @Option({ flags: '--tracked-only', description: 'only record entries of cases already tracked' })
  parseTrackedOnly(): boolean {
    return true;
  }

  protected async execute([source]: string[], options: ImportOptions): Promise<void> {
    const { config } = this.runtime;
    const court = options.court;
    let xml: string;
    if (/^https?:\/\//i.test(source ?? '')) {
      const fetched = await fetchFeed(source, {
        timeoutMs: config.pacer.rss.timeoutSeconds * 1000,
        maxBytes: config.pacer.maxBodyBytes,
        allowPrivateTargets: config.allowPrivateTargets,
      });
      if (fetched.status !== 'ok')
        throw new UsageError(`${source} answered 304 Not Modified to an unconditional request`);
      xml = fetched.body;
    } else {
      xml = readInput(source, config.pacer.maxBodyBytes);
    }
    const importer = await this.runtime.get(PacerImportService);
    printJson(
      await importer.importRss(xml, {
        court,
        trackedCasesOnly: options.trackedOnly ?? config.pacer.rss.trackedCasesOnly,
      }),
    );
  }
}

@SubCommand({
  name: 'poll',
  description: 'Poll the RSS feeds of CASETRAIL_RSS_FEEDS once, now (the worker does it on a schedule)',
})
export class PacerPollCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    if (this.runtime.config.pacer.rss.feeds.length === 0)
      throw new UsageError('no feeds configured: set CASETRAIL_RSS_FEEDS=court=url,...');
    const results = await (await this.runtime.get(RssPollerService)).pollAll();
    printJson(results);
    if (results.some((r) => r.status === 'failed')) process.exitCode = 1;
  }
}

@SubCommand({ name: 'feeds', description: 'Show each polled RSS feed: last poll, outcome, error, validators' })
export class PacerFeedsCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    const feeds = await (await this.runtime.get(RssPollerService)).feeds();
    printJson(
      feeds.map((f) => ({
        court: f.court,
        url: f.url,
        lastPolledAt: f.lastPolledAt,
        lastStatus: f.lastStatus,
        lastSuccessAt: f.lastSuccessAt,
        consecutiveFailures: f.consecutiveFailures,
        lastError: f.lastError,
        etag: f.etag,
        lastModified: f.lastModified,
        lastResult: f.lastResult,
      })),
    );
  }
}

@Command({
  name: 'pacer',
  description:
    'PACER docket reports and court RSS feeds (parse-docket, parse-rss, import-docket, import-rss, poll, feeds)',
  subCommands: [
    PacerParseDocketCommand,
    PacerParseRssCommand,
    PacerImportDocketCommand,
    PacerImportRssCommand,
    PacerPollCommand,
    PacerFeedsCommand,
  ],
})
export class PacerCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError(
      'use `pacer parse-docket`, `parse-rss`, `import-docket`, `import-rss`, `poll` or `feeds`; see `pacer --help`',
    );
  }
}
