import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@casetrail/config';
import { CasetrailModule } from '@casetrail/runtime';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return { module: WorkerModule, imports: [CasetrailModule.forRoot({ config, databaseUrl })] };
  }
}
