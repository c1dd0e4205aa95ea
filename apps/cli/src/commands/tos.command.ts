import { ImportSummary, TosImportService, TosTrackerService } from '@casetrail/tos';
import { Presets, SingleBar } from 'cli-progress';
import { Command, Option, SubCommand } from 'nest-commander';
import path from 'node:path';
import { UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

interface ImportOptions {
  only?: string[];
}

@SubCommand({
  name: 'import',
  arguments: '<dir>',
  description:
    'Import snapshots laid out Service/Document type/<recorded-at>.md (reads index.json beside them); idempotent',
})
export class TosImportCommand extends CasetrailCommand<ImportOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({
    flags: '--only <document>',
    description: 'only "Service/Document type" (repeatable), with the documents it continues',
  })
  parseOnly(value: string, previous: string[] = []): string[] {
    return [...previous, value];
  }

  protected async execute([dir]: string[], options: ImportOptions): Promise<void> {
    if (!dir) throw new UsageError('give the folder to import');
    const importer = await this.runtime.get(TosImportService);
    const bar = new SingleBar(
      {
        format: 'tos import [{bar}] {value}/{total} snapshots {eta_formatted}',
        stream: process.stderr,
        etaBuffer: 100,
      },
      Presets.shades_classic,
    );
    let started = false;
    const summary = await importer.importFolder(path.resolve(dir), {
      only: options.only,
      progress: (done, total) => {
        if (!started) {
          bar.start(total, 0);
          started = true;
        }
        bar.update(done);
      },
    });
    if (started) bar.stop();
    process.stdout.write(formatSummary(summary));
  }
}

export function formatSummary(s: ImportSummary): string {
  const lines = [
    `imported ${s.snapshots} snapshots of ${s.documents} documents in ${(s.elapsedMs / 1000).toFixed(1)} s`,
    `  versions stored:              ${s.versionsStored}`,
    `  skipped as noise:             ${s.skippedAsNoise}`,
    `  skipped, no clause changed:   ${s.skippedNoClauseChange}`,
    `  skipped, error pages:         ${s.skippedErrorPages}`,
    `  skipped, no text:             ${s.skippedEmpty}`,
    `  already imported:             ${s.alreadyImported}`,
    `  rejected (older than stored): ${s.rejected}`,
  ];
  for (const doc of s.lineageConflicts)
    lines.push(`  warning: ${doc} already has versions; its predecessor was not set`);
  return `${lines.join('\n')}\n`;
}

interface TrackOptions {
  service?: string;
  type?: string;
  provider?: string;
  interval?: number;
}

/** "12h", "30m", "2d" or seconds. */
export function parseInterval(value: string): number {
  const m = /^(\d+)\s*(s|m|h|d)?$/i.exec(value.trim());
  if (!m) throw new UsageError(`--interval must be seconds or a number with s, m, h or d (got "${value}")`);
  const seconds =
    Number(m[1]) * { s: 1, m: 60, h: 3600, d: 86400 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h' | 'd'];
  if (seconds < 60 || seconds > 30 * 86400) throw new UsageError('--interval must be between one minute and 30 days');
  return seconds;
}

@SubCommand({
  name: 'track',
  arguments: '<url>',
  description: 'Fetch a terms-of-service URL on an interval (the worker does the fetching)',
})
export class TosTrackCommand extends CasetrailCommand<TrackOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--service <name>', description: 'the service, e.g. "ChatGPT"', required: true })
  parseService(value: string): string {
    return value;
  }

  @Option({ flags: '--type <type>', description: 'the document type, e.g. "Terms of Service"', required: true })
  parseType(value: string): string {
    return value;
  }

  @Option({
    flags: '--provider <company>',
    description: 'the company behind a new service (default: the service name)',
  })
  parseProvider(value: string): string {
    return value;
  }

  @Option({
    flags: '--interval <duration>',
    description: 'how often to fetch: 12h (default, or CASETRAIL_TOS_POLL_INTERVAL_SECONDS), 30m, 1d',
  })
  parseIntervalOption(value: string): number {
    return parseInterval(value);
  }

  protected async execute([url]: string[], options: TrackOptions): Promise<void> {
    if (!url) throw new UsageError('give the URL to track');
    if (!options.service?.trim() || !options.type?.trim())
      throw new UsageError('--service and --type must not be empty');
    const tracker = await this.runtime.get(TosTrackerService);
    const source = await tracker.track({
      url,
      service: options.service,
      documentType: options.type,
      provider: options.provider,
      intervalSeconds: options.interval,
    });
    process.stdout.write(
      `tracking ${source.url} as ${source.service} ${source.documentType} every ${source.intervalSeconds} s (source ${source.id}); ` +
        'the worker fetches it when due\n',
    );
  }
}

@SubCommand({ name: 'sources', description: 'List tracked sources and the result of their last fetch' })
export class TosSourcesCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    for (const s of await (await this.runtime.get(TosTrackerService)).listSources()) {
      const last = s.lastCheckedAt ? `${s.lastStatus} at ${s.lastCheckedAt}: ${s.lastMessage ?? ''}` : 'never fetched';
      process.stdout.write(
        `${s.id}  ${s.service} / ${s.documentType}  ${s.url}\n    next ${s.nextCheckAt}; last ${last}\n`,
      );
    }
  }
}

@SubCommand({ name: 'check', description: 'Fetch the tracked sources that are due now, once' })
export class TosCheckCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    const results = await (await this.runtime.get(TosTrackerService)).checkDue();
    for (const r of results) process.stdout.write(`${r.status.padEnd(12)} ${r.url}  ${r.message}\n`);
    process.stdout.write(`${results.length} source(s) checked\n`);
  }
}

@Command({
  name: 'tos',
  description: 'Terms of service: import snapshots, track URLs',
  subCommands: [TosImportCommand, TosTrackCommand, TosSourcesCommand, TosCheckCommand],
})
export class TosCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError(
      'use `tos import <dir>`, `tos track <url> --service S --type T`, `tos sources` or `tos check`',
    );
  }
}
