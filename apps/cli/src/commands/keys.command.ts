import { API_KEY_SCOPES, ApiKeyScope, ApiKeysService } from '@casetrail/auth';
import { Command, Option, SubCommand } from 'nest-commander';
import { UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

interface CreateOptions {
  name?: string;
  scope?: string;
}

@SubCommand({ name: 'create', description: 'Create an API key and print it once (only its hash is stored)' })
export class KeysCreateCommand extends CasetrailCommand<CreateOptions> {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  @Option({ flags: '--name <name>', description: 'who or what uses the key', required: true })
  parseName(value: string): string {
    return value;
  }

  @Option({ flags: '--scope <scope>', description: `one of ${API_KEY_SCOPES.join(', ')}`, required: true })
  parseScope(value: string): string {
    return value;
  }

  protected async execute(_params: string[], options: CreateOptions): Promise<void> {
    const name = options.name?.trim();
    if (!name) throw new UsageError('--name must not be empty');
    if (!API_KEY_SCOPES.includes(options.scope as ApiKeyScope)) {
      throw new UsageError(`--scope must be one of ${API_KEY_SCOPES.join(', ')} (got "${options.scope ?? ''}")`);
    }
    const created = await (await this.runtime.get(ApiKeysService)).create(name, options.scope as ApiKeyScope);
    process.stderr.write(
      `created key ${created.id} "${created.name}" with scope ${created.scope}; it is shown only once:\n`,
    );
    process.stdout.write(`${created.key}\n`);
  }
}

@SubCommand({ name: 'list', description: 'List API keys (names, scopes, prefixes; never the keys)' })
export class KeysListCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    const keys = await (await this.runtime.get(ApiKeysService)).list();
    for (const key of keys) {
      const state = key.revokedAt ? `revoked ${key.revokedAt.toISOString()}` : 'active';
      process.stdout.write(`${key.id}  ${key.prefix}…  ${key.scope.padEnd(6)}  ${state}  ${key.name}\n`);
    }
  }
}

@SubCommand({ name: 'revoke', arguments: '<id>', description: 'Revoke an API key by id' })
export class KeysRevokeCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute([id]: string[]): Promise<void> {
    if (!/^[0-9a-f-]{36}$/i.test(id ?? '')) throw new UsageError('give the key id shown by `keys list`');
    const revoked = await (await this.runtime.get(ApiKeysService)).revoke(id);
    if (!revoked) throw new UsageError(`no active key ${id}`);
    process.stdout.write(`revoked ${id}\n`);
  }
}

@Command({
  name: 'keys',
  description: 'Manage API keys (create, list, revoke)',
  subCommands: [KeysCreateCommand, KeysListCommand, KeysRevokeCommand],
})
export class KeysCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError('use `keys create`, `keys list` or `keys revoke`; see `keys --help`');
  }
}
