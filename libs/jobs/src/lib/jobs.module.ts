import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsService, JobsServiceOptions } from './jobs.service';

@Global()
@Module({})
export class JobsModule {
  static forRoot(connectionString: string, options: JobsServiceOptions = {}): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JobsService, useFactory: () => new JobsService(connectionString, options) }],
      exports: [JobsService],
    };
  }
}
