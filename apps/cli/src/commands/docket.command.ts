import { CaseDerivation, DocketDerivationsService } from '@casetrail/cases';
import { Command, Option, SubCommand } from 'nest-commander';
import { UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

interface RederiveOptions {
  case?: string[];
}

function derivationLine(d: CaseDerivation): string {
  return (
    `${d.slug}: ${d.entries} entries, ${d.motionLinks} motion links, ` +
    `${d.hearingEvents} hearing events, stage ${d.stage ?? '-'}`
  );
}

@SubCommand({
  name: 'rederive',
  description:
    'Re-derive motion links, hearings and the stage from the stored docket entries (--case SLUG, repeatable; default every case)',
})
export class DocketRederiveCommand extends CasetrailCommand<RederiveOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--case <idOrSlug>', description: 'a case to re-derive (repeatable)' })
  parseCase(value: string, previous: string[] = []): string[] {
    return [...previous, value];
  }

  protected async execute(params: string[], options: RederiveOptions): Promise<void> {
    if (params.length > 0) throw new UsageError(`unexpected argument "${params[0]}"; use --case SLUG`);
    const derivations = await this.runtime.get(DocketDerivationsService);
    const done = await derivations.rederive(options.case, (d) => process.stdout.write(`${derivationLine(d)}\n`));
    process.stdout.write(`re-derived ${done.length} case(s)\n`);
  }
}

@Command({
  name: 'docket',
  description: 'What is derived from docket entries (rederive)',
  subCommands: [DocketRederiveCommand],
})
export class DocketCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError('use `docket rederive [--case SLUG]`; see `docket --help`');
  }
}
