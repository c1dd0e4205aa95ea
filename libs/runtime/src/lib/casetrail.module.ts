import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AlertsModule } from '@casetrail/alerts';
import { AuthModule } from '@casetrail/auth';
import { CasesModule } from '@casetrail/cases';
import { CitationsModule } from '@casetrail/citations';
import { CourtListenerModule } from '@casetrail/courtlistener';
import { AppConfig, ConfigModule } from '@casetrail/config';
import { DocumentsModule, DocumentsService } from '@casetrail/documents';
import { dataSourceOptions } from '@casetrail/database';
import { EventsModule } from '@casetrail/events';
import { JobsModule } from '@casetrail/jobs';
import { SearchModule } from '@casetrail/search';
import { TimelineModule } from '@casetrail/timeline';
import { PacerModule } from '@casetrail/pacer';
import { TosModule } from '@casetrail/tos';
import { WorkersModule } from '@casetrail/workers';
import { ALL_ENTITIES } from './entities';
import { HealthService } from './health.service';

export interface CasetrailModuleOptions {
  config: AppConfig;
  databaseUrl: string;
}

/** The product's domains and infrastructure, shared by the api, worker and cli processes. */
@Module({})
export class CasetrailModule {
  static forRoot({ config, databaseUrl }: CasetrailModuleOptions): DynamicModule {
    return {
      module: CasetrailModule,
      imports: [
        ConfigModule.forRoot(config),
        // CPU-heavy parsing runs in this one pool of worker threads (libs/workers).
        WorkersModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl, ALL_ENTITIES), logging: ['error'] }),
        JobsModule.forRoot(databaseUrl),
        EventsModule,
        CasesModule,
        DocumentsModule,
        AuthModule,
        SearchModule,
        TimelineModule,
        CitationsModule,
        PacerModule,
        // Alerts read a filing's stored pages through documents (alerts' FilingTextSource port).
        AlertsModule.register({ imports: [DocumentsModule], filingTextSource: DocumentsService }),
        TosModule,
        CourtListenerModule,
      ],
      providers: [HealthService],
      exports: [
        CasesModule,
        DocumentsModule,
        AuthModule,
        SearchModule,
        TimelineModule,
        CitationsModule,
        PacerModule,
        AlertsModule,
        TosModule,
        CourtListenerModule,
        HealthService,
      ],
    };
  }
}
