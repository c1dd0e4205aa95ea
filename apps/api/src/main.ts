import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { SeedService } from '@casetrail/cases';
import {
  bootLogger,
  loadConfigOrExit,
  onTerminationSignal,
  prepareInfrastructure,
  prepareSearchEngine,
  startWorkers,
  survivePoolRejectionsDuringOutages,
} from '@casetrail/runtime';
import { createApiApp } from './create-api-app';

let stopDatabaseOnFailedStart: () => Promise<void> | undefined = () => undefined;

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfigOrExit();
  survivePoolRejectionsDuringOutages();
  const infrastructure = await prepareInfrastructure(config, (message) => bootLogger.info(message));
  let app: INestApplication | null = null;
  // The application drains first (requests, running jobs), the embedded database stops last.
  onTerminationSignal(async () => {
    await app?.close();
    await infrastructure.embedded?.stop();
  });
  stopDatabaseOnFailedStart = () => infrastructure.embedded?.stop();
  app = await createApiApp({ config, databaseUrl: infrastructure.databaseUrl });

  await prepareSearchEngine(app, (message) => bootLogger.warn(message));
  const seed = app.get(SeedService);
  if (config.seedOnFirstStart && (await seed.isEmpty())) {
    const result = await seed.seed();
    bootLogger.info(`seeded ${result.casesCreated} cases, ${result.events} events, ${result.relations} relations`);
  }
  if (config.runWorkerInApi) await startWorkers(app);
  await app.listen(config.port, config.host);
  bootLogger.info(
    `Casetrail API on http://localhost:${config.port} (docs at /docs) — ready in ${Date.now() - started} ms` +
      (infrastructure.embedded ? ' with the embedded PostgreSQL' : ''),
  );
}

main().catch(async (error: unknown) => {
  bootLogger.fatal({ err: error }, 'Casetrail API failed to start');
  await Promise.resolve(stopDatabaseOnFailedStart()).catch(() => undefined);
  process.exit(1);
});
