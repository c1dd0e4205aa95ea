import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { WorkerPool } from './worker-pool';

/** The process's one worker pool, closed with the application. */
@Injectable()
export class SharedWorkerPool extends WorkerPool implements OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.workers);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/** Import it where a service needs the pool; Nest keeps one instance per application. */
@Global()
@Module({
  providers: [SharedWorkerPool, { provide: WorkerPool, useExisting: SharedWorkerPool }],
  exports: [WorkerPool],
})
export class WorkersModule {}
