import 'reflect-metadata';
import { SeedService } from '@casetrail/cases';
import {
  bootLogger,
  loadConfigOrExit,
  onTerminationSignal,
  prepareInfrastructure,
  prepareSearchEngine,
  startWorkers,
} from '@casetrail/runtime';
import { createApiApp } from './create-api-app';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfigOrExit();
  const infrastructure = await prepareInfrastructure(config, (message) => bootLogger.info(message));
  const app = await createApiApp({ config, databaseUrl: infrastructure.databaseUrl });
  onTerminationSignal(async () => {
    await app.close();
    await infrastructure.embedded?.stop();
  });

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

main().catch((error: unknown) => {
  bootLogger.fatal({ err: error }, 'Casetrail API failed to start');
  process.exit(1);
});
