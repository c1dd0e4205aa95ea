import {
  CaseSourcesService,
  CourtListenerSyncService,
  parseDocketArgument,
  SyncResult,
} from '@casetrail/courtlistener';
import { Injectable } from '@nestjs/common';
import { Command, Option, SubCommand } from 'nest-commander';
import { UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

interface FollowOptions {
  case?: string;
  sync?: boolean;
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

@Injectable()
abstract class CourtListenerCommandBase<T extends object> extends CasetrailCommand<T> {
  constructor(protected readonly runtime: RuntimeContext) {
    super();
  }
}

@SubCommand({
  name: 'follow',
  arguments: '<docket>',
  description:
    'Follow a CourtListener docket (id or URL) for --case, or for the case the docket describes (created when new); the worker syncs it',
})
export class CourtListenerFollowCommand extends CourtListenerCommandBase<FollowOptions> {
  @Option({
    flags: '--case <slug>',
    description: 'the case (id or slug) to link; default: found or created from the docket',
  })
  parseCase(value: string): string {
    return value;
  }

  @Option({
    flags: '--sync',
    description: 'also run the first sync now, in this process, instead of leaving it to the worker',
  })
  parseSync(): boolean {
    return true;
  }

  protected async execute([docket]: string[], options: FollowOptions): Promise<void> {
    if (!docket) throw new UsageError('give a CourtListener docket id or URL');
    const docketId = parseDocketArgument(docket);
    const followed = await (await this.runtime.get(CaseSourcesService)).follow(docketId, options.case);
    const sync = options.sync
      ? await (await this.runtime.get(CourtListenerSyncService)).sync(followed.source.id)
      : undefined;
    printJson(sync ? { ...followed, sync } : followed);
  }
}

@SubCommand({
  name: 'sync',
  arguments: '<case>',
  description: "Sync a case's followed CourtListener dockets now, in this process, and print what changed",
})
export class CourtListenerSyncCommand extends CourtListenerCommandBase<Record<string, never>> {
  protected async execute([caseRef]: string[]): Promise<void> {
    if (!caseRef) throw new UsageError('give the case (id or slug)');
    const sources = await (await this.runtime.get(CaseSourcesService)).list(caseRef);
    if (sources.length === 0) throw new UsageError(`${caseRef} follows no CourtListener docket`);
    const sync = await this.runtime.get(CourtListenerSyncService);
    const results: SyncResult[] = [];
    for (const source of sources) results.push(await sync.sync(source.id));
    printJson(results);
  }
}

@SubCommand({
  name: 'sources',
  arguments: '[case]',
  description: 'List followed CourtListener dockets (of one case, or all) with the state of their syncs',
})
export class CourtListenerSourcesCommand extends CourtListenerCommandBase<Record<string, never>> {
  protected async execute([caseRef]: string[]): Promise<void> {
    printJson(await (await this.runtime.get(CaseSourcesService)).list(caseRef));
  }
}

@SubCommand({
  name: 'unfollow',
  arguments: '<case> <source-id>',
  description:
    'Stop following a CourtListener docket (source id from `courtlistener sources`); the entries it brought stay on the case',
})
export class CourtListenerUnfollowCommand extends CourtListenerCommandBase<Record<string, never>> {
  protected async execute([caseRef, sourceId]: string[]): Promise<void> {
    if (!caseRef || !sourceId) throw new UsageError('give the case (id or slug) and the source id');
    await (await this.runtime.get(CaseSourcesService)).unfollow(caseRef, sourceId);
    process.stdout.write(`unfollowed ${sourceId} on ${caseRef}\n`);
  }
}

@Command({
  name: 'courtlistener',
  description: 'Follow cases on CourtListener (follow, unfollow, sync, sources)',
  subCommands: [
    CourtListenerFollowCommand,
    CourtListenerUnfollowCommand,
    CourtListenerSyncCommand,
    CourtListenerSourcesCommand,
  ],
})
export class CourtListenerCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError('use a subcommand: follow, unfollow, sync, sources');
  }
}
