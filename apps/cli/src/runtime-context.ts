import { INestApplicationContext, Injectable, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@casetrail/config';
import { CasetrailModule, Infrastructure, prepareInfrastructure } from '@casetrail/runtime';

/**
 * The product's services, booted on first use: `--help` and pure commands (parsers) never start
 * a database; commands that need one share the server that `npm start` runs, if any.
 */
@Injectable()
export class RuntimeContext {
  private infrastructure: Infrastructure | null = null;
  private app: INestApplicationContext | null = null;

  constructor(readonly config: AppConfig) {}

  async database(): Promise<Infrastructure> {
    this.infrastructure ??= await prepareInfrastructure(this.config, (message) => process.stderr.write(`${message}\n`));
    return this.infrastructure;
  }

  async get<T>(token: Type<T>): Promise<T> {
    if (!this.app) {
      const { databaseUrl } = await this.database();
      this.app = await NestFactory.createApplicationContext(
        CasetrailModule.forRoot({ config: this.config, databaseUrl }),
        {
          logger: ['error'],
        },
      );
    }
    return this.app.get(token, { strict: false });
  }

  async close(): Promise<void> {
    await this.app?.close();
    await this.infrastructure?.embedded?.stop();
  }
}
