import 'reflect-metadata';
import { SeedService } from '@casetrail/cases';
import { bootLogger, runCasetrailProcess, startWorkers } from '@casetrail/runtime';
import { createApiApp } from './create-api-app';

const started = Date.now();

runCasetrailProcess({
  name: 'API',
  create: (config, databaseUrl) => createApiApp({ config, databaseUrl }),
  async start({ app, config, infrastructure }) {
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
  },
});
