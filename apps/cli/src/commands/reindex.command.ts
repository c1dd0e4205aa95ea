import { SearchService } from '@casetrail/search';
import { Presets, SingleBar } from 'cli-progress';
import { Command } from 'nest-commander';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

@Command({ name: 'reindex', description: 'Rebuild the search index from PostgreSQL (settings and every document)' })
export class ReindexCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    const search = await this.runtime.get(SearchService);
    const bar = new SingleBar(
      { format: 'reindex [{bar}] {value}/{total} {eta_formatted}', stream: process.stderr },
      Presets.shades_classic,
    );
    let started = false;
    const result = await search.reindex((done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    });
    if (started) bar.stop();
    process.stdout.write(`reindexed with ${search.engine}: ${result.documents} search documents\n`);
  }
}
