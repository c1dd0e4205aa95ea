import { INestApplicationContext } from '@nestjs/common';
import { AppConfig } from '@casetrail/config';
import { Infrastructure, prepareInfrastructure } from './infrastructure';
import {
  bootLogger,
  loadConfigOrExit,
  onTerminationSignal,
  survivePoolRejectionsDuringOutages,
} from './process-lifecycle';
import { prepareSearchEngine } from './worker-handlers';

export interface BootedProcess<T extends INestApplicationContext> {
  app: T;
  config: AppConfig;
  infrastructure: Infrastructure;
}

export interface ProcessDefinition<T extends INestApplicationContext> {
  /** Names the process in the fatal log line ("Casetrail <name> failed to start"). */
  name: string;
  create(config: AppConfig, databaseUrl: string): Promise<T>;
  /** What the process does once its application and search engine are ready (listen, run jobs). */
  start(booted: BootedProcess<T>): Promise<void>;
}

/**
 * The start-up every long-running process shares: configuration, database and migrations, the
 * Nest application, the search engine, and the shutdown order (the application drains first, the
 * embedded database stops last). A failed start stops the embedded database and exits 1.
 */
export function runCasetrailProcess<T extends INestApplicationContext>(definition: ProcessDefinition<T>): void {
  let stopDatabaseOnFailedStart: () => Promise<void> = async () => undefined;
  const boot = async (): Promise<void> => {
    const config = loadConfigOrExit();
    survivePoolRejectionsDuringOutages();
    const infrastructure = await prepareInfrastructure(config, (message) => bootLogger.info(message));
    let app: T | null = null;
    onTerminationSignal(async () => {
      await app?.close();
      await infrastructure.embedded?.stop();
    });
    stopDatabaseOnFailedStart = async () => {
      await infrastructure.embedded?.stop();
    };
    app = await definition.create(config, infrastructure.databaseUrl);
    await prepareSearchEngine(app, (message) => bootLogger.warn(message));
    await definition.start({ app, config, infrastructure });
  };
  boot().catch(async (error: unknown) => {
    bootLogger.fatal({ err: error }, `Casetrail ${definition.name} failed to start`);
    await stopDatabaseOnFailedStart().catch(() => undefined);
    process.exit(1);
  });
}
