import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  bootLogger,
  loadConfigOrExit,
  onTerminationSignal,
  prepareInfrastructure,
  prepareSearchEngine,
  startWorkers,
  survivePoolRejectionsDuringOutages,
} from '@casetrail/runtime';
import { WorkerModule } from './worker.module';

/** Runs the job handlers alone, for deployments that scale workers apart from the API. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  survivePoolRejectionsDuringOutages();
  const infrastructure = await prepareInfrastructure(config, (message) => bootLogger.info(message));
  let app: INestApplicationContext | null = null;
  // Running jobs finish or go back to the queue before the embedded database stops.
  onTerminationSignal(async () => {
    await app?.close();
    await infrastructure.embedded?.stop();
  });
  app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, infrastructure.databaseUrl), {
    logger: ['error', 'warn', 'log'],
  });
  await prepareSearchEngine(app, (message) => bootLogger.warn(message));
  const handlerSets = await startWorkers(app);
  bootLogger.info(`Casetrail worker running ${handlerSets} handler set(s)`);
}

main().catch((error: unknown) => {
  bootLogger.fatal({ err: error }, 'Casetrail worker failed to start');
  process.exit(1);
});
