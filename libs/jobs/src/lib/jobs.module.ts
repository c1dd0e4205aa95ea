import { DynamicModule, Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

@Global()
@Module({})
export class JobsModule {
  static forRoot(connectionString: string): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JobsService, useFactory: () => new JobsService(connectionString) }],
      exports: [JobsService],
    };
  }
}
