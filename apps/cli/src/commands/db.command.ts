import { computeSchemaDrift, renderMigration } from '@casetrail/database';
import { ALL_ENTITIES } from '@casetrail/runtime';
import { Command, SubCommand } from 'nest-commander';
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../cli-errors';
import { RuntimeContext } from '../runtime-context';
import { CasetrailCommand } from './casetrail-command';

@SubCommand({ name: 'migrate', description: 'Apply pending database migrations' })
export class DbMigrateCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    const { appliedMigrations } = await this.runtime.database();
    process.stdout.write(
      appliedMigrations.length ? `applied: ${appliedMigrations.join(', ')}\n` : 'database is up to date\n',
    );
  }
}

@SubCommand({ name: 'check', description: 'Fail when the entities and the migrations disagree' })
export class DbCheckCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute(): Promise<void> {
    const drift = await computeSchemaDrift((await this.runtime.database()).databaseUrl, ALL_ENTITIES);
    if (drift.up.length === 0) {
      process.stdout.write('entities and migrations agree\n');
      return;
    }
    process.stdout.write(`${drift.up.join(';\n')};\n`);
    throw new UsageError(
      `${drift.up.length} statement(s) missing from the migrations; run \`npm run db:generate -- Name\``,
    );
  }
}

@SubCommand({
  name: 'generate',
  arguments: '<name>',
  description: 'Write a migration for the difference between entities and schema',
})
export class DbGenerateCommand extends CasetrailCommand {
  constructor(private readonly runtime: RuntimeContext) {
    super();
  }

  protected async execute([name]: string[]): Promise<void> {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name ?? '')) throw new UsageError('give the migration a PascalCase name');
    const drift = await computeSchemaDrift((await this.runtime.database()).databaseUrl, ALL_ENTITIES);
    if (drift.up.length === 0) {
      process.stdout.write('no changes: entities and migrations agree\n');
      return;
    }
    const timestamp = Date.now();
    const file = path.resolve('libs/database/src/migrations', `${timestamp}-${name}.ts`);
    fs.writeFileSync(file, renderMigration(name, timestamp, drift));
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), file)}; add it to libs/database/src/migrations/index.ts\n`,
    );
  }
}

@Command({
  name: 'db',
  description: 'Database migrations (migrate, check, generate)',
  subCommands: [DbMigrateCommand, DbCheckCommand, DbGenerateCommand],
})
export class DbCommand extends CasetrailCommand {
  protected async execute(): Promise<void> {
    throw new UsageError('use `db migrate`, `db check` or `db generate <Name>`');
  }
}
