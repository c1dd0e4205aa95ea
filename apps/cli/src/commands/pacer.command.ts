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
import { Command, Option, SubCommand } from 'nest-commander';
import fs from 'node:fs';
import { UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

interface ParseOptions {
  court?: string;
  format?: string;
}

interface ImportOptions {
  court?: string;
  trackedOnly?: boolean;
}

const FORMATS = ['casetrail', 'juriscraper'];

// Option values are checked in `execute`: an error thrown while commander parses would not set the exit code.
function courtOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[a-z0-9-]{2,40}$/i.test(value)) throw new UsageError(`--court must be a court id such as nysd (got "${value}")`);
  return value.toLowerCase();
}

function formatOption(value: string | undefined): string {
  if (value === undefined) return 'casetrail';
  if (!FORMATS.includes(value)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${value}")`);
  return value;
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
    throw new PacerError(PacerErrorCode.InputTooLarge, `${file} is larger than ${maxBytes} bytes (CASETRAIL_PACER_MAX_BYTES).`, { limitBytes: maxBytes });
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
export class PacerParseDocketCommand extends CasetrailCommand<ParseOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--court <id>', description: 'court id (e.g. nysd) when the page does not say it' })
  parseCourt(value: string): string {
    return value;
  }

  @Option({ flags: '--format <format>', description: 'juriscraper: juriscraper\'s field names; default: ours' })
  parseFormat(value: string): string {
    return value;
  }

  protected async execute([file]: string[], options: ParseOptions): Promise<void> {
    const court = courtOption(options.court);
    const format = formatOption(options.format);
    const report = parseDocketReport(readInput(file, this.runtime.config.pacer.maxBodyBytes), { court });
    printJson(format === 'juriscraper' ? toJuriscraperDocket(report) : report);
  }
}

@SubCommand({
  name: 'parse-rss',
  arguments: '<file>',
  description: 'Parse a court RSS feed (XML) and print its items as JSON; needs no database',
})
export class PacerParseRssCommand extends CasetrailCommand<ParseOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--court <id>', description: 'court id (e.g. nysd) when the feed does not say it' })
  parseCourt(value: string): string {
    return value;
  }

  @Option({ flags: '--format <format>', description: 'juriscraper: juriscraper\'s field names; default: ours' })
  parseFormat(value: string): string {
    return value;
  }

  protected async execute([file]: string[], options: ParseOptions): Promise<void> {
    const court = courtOption(options.court);
    const format = formatOption(options.format);
    const items = parseRssFeed(readInput(file, this.runtime.config.pacer.maxBodyBytes), { court });
    printJson(format === 'juriscraper' ? toJuriscraperRss(items) : items);
  }
}

@SubCommand({
  name: 'import-docket',
  arguments: '<file>',
  description: 'Import a PACER docket report: court, case, parties, judges and entries (idempotent)',
})
export class PacerImportDocketCommand extends CasetrailCommand<ImportOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--court <id>', description: 'court id (e.g. nysd) when the page does not say it' })
  parseCourt(value: string): string {
    return value;
  }

  protected async execute([file]: string[], options: ImportOptions): Promise<void> {
    const court = courtOption(options.court);
    const html = readInput(file, this.runtime.config.pacer.maxBodyBytes);
    printJson(await (await this.runtime.get(PacerImportService)).importDocket(html, { court }));
  }
}

@SubCommand({
  name: 'import-rss',
  arguments: '<file-or-url>',
  description: 'Import the entries of a court RSS feed, from a file or an http(s) URL (idempotent)',
})
export class PacerImportRssCommand extends CasetrailCommand<ImportOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--court <id>', description: 'court id (e.g. nysd) when the feed does not say it' })
  parseCourt(value: string): string {
    return value;
  }

  @Option({ flags: '--tracked-only', description: 'only record entries of cases already tracked' })
  parseTrackedOnly(): boolean {
    return true;
  }

  protected async execute([source]: string[], options: ImportOptions): Promise<void> {
    const { config } = this.runtime;
    const court = courtOption(options.court);
    let xml: string;
    if (/^https?:\/\//i.test(source ?? '')) {
      const fetched = await fetchFeed(source, {
        timeoutMs: config.pacer.rss.timeoutSeconds * 1000,
        maxBytes: config.pacer.maxBodyBytes,
        allowPrivateTargets: config.allowPrivateTargets,
      });
      if (fetched.status !== 'ok') throw new UsageError(`${source} answered 304 Not Modified to an unconditional request`);
      xml = fetched.body;
    } else {
      xml = readInput(source, config.pacer.maxBodyBytes);
    }
    const importer = await this.runtime.get(PacerImportService);
    printJson(await importer.importRss(xml, { court, trackedCasesOnly: options.trackedOnly ?? config.pacer.rss.trackedCasesOnly }));
  }
}

@SubCommand({ name: 'poll', description: 'Poll the RSS feeds of CASETRAIL_RSS_FEEDS once, now (the worker does it on a schedule)' })
export class PacerPollCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    if (this.runtime.config.pacer.rss.feeds.length === 0) throw new UsageError('no feeds configured: set CASETRAIL_RSS_FEEDS=court=url,...');
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
  description: 'PACER docket reports and court RSS feeds (parse-docket, parse-rss, import-docket, import-rss, poll, feeds)',
  subCommands: [PacerParseDocketCommand, PacerParseRssCommand, PacerImportDocketCommand, PacerImportRssCommand, PacerPollCommand, PacerFeedsCommand],
})
export class PacerCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError('use `pacer parse-docket`, `parse-rss`, `import-docket`, `import-rss`, `poll` or `feeds`; see `pacer --help`');
  }
}
