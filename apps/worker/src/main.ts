import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { bootLogger, runCasetrailProcess, startWorkers } from '@casetrail/runtime';
import { WorkerModule } from './worker.module';

/** Runs the job handlers alone, for deployments that scale workers apart from the API. */
runCasetrailProcess({
  name: 'worker',
  create: (config, databaseUrl) =>
    NestFactory.createApplicationContext(WorkerModule.forRoot(config, databaseUrl), {
      logger: ['error', 'warn', 'log'],
    }),
  async start({ app }) {
    const handlerSets = await startWorkers(app);
    bootLogger.info(`Casetrail worker running ${handlerSets} handler set(s)`);
  },
});
