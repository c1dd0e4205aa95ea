import { SeedService } from '@casetrail/cases';
import { Command } from 'nest-commander';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

@Command({ name: 'seed', description: 'Load the bundled AI-litigation cases (idempotent)' })
export class SeedCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    const result = await (await this.runtime.get(SeedService)).seed();
    process.stdout.write(
      `seeded ${result.courts} courts; cases: ${result.casesCreated} created, ${result.casesUpdated} updated; ` +
        `${result.relations} relations; ${result.events} new events\n`,
    );
  }
}
