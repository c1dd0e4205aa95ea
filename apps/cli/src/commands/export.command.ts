import { CaseRelationType, CasesService } from '@casetrail/cases';
import { exportTimeline, parseTimelineFormat, TimelineScopeRequest, TimelineService } from '@casetrail/timeline';
import { Command, Option, SubCommand } from 'nest-commander';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

interface ExportOptions {
  format?: string;
  output?: string;
  from?: string;
  to?: string;
}

@SubCommand({
  name: 'timeline',
  arguments: '<case-or-family>',
  description: 'Export the timeline of a case, or of a family (an MDL with its member cases)',
})
export class ExportTimelineCommand extends CasetrailCommand<ExportOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '-f, --format <format>', description: 'json, csv, ics, md, pdf or svg (default json)' })
  parseFormat(value: string): string {
    return value;
  }

  @Option({ flags: '-o, --output <file>', description: 'write to this file instead of standard output' })
  parseOutput(value: string): string {
    return value;
  }

  @Option({ flags: '--from <date>', description: 'first day (YYYY-MM-DD)' })
  parseFrom(value: string): string {
    return value;
  }

  @Option({ flags: '--to <date>', description: 'last day (YYYY-MM-DD)' })
  parseTo(value: string): string {
    return value;
  }

  protected async execute([caseOrFamily]: string[], options: ExportOptions): Promise<void> {
    if (!caseOrFamily) throw new UsageError('name a case or a family by slug');
    const format = parseTimelineFormat(options.format ?? 'json');
    const timelines = await this.runtime.get(TimelineService);
    const cases = await this.runtime.get(CasesService);
    const head = await cases.get(caseOrFamily);
    const isFamily = head.relations.some((r) => r.direction === 'incoming' && r.type === CaseRelationType.MdlMember);
    const scope: TimelineScopeRequest = isFamily ? { family: caseOrFamily } : { cases: [caseOrFamily] };
    const filters = { from: options.from, to: options.to };
    const resolved = await timelines.resolve(scope, filters);
    const target = options.output ? fs.createWriteStream(options.output) : process.stdout;
    await pipeline(exportTimeline(format, resolved.meta, timelines.items(resolved, filters)), target, {
      end: Boolean(options.output),
    });
    if (options.output) process.stderr.write(`wrote ${options.output} (${format}, ${resolved.cases.length} case(s))\n`);
  }
}

@Command({ name: 'export', description: 'Export data (timeline)', subCommands: [ExportTimelineCommand] })
export class ExportCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError('use `export timeline <case-or-family> --format F [-o FILE]`');
  }
}
