import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AppConfig } from '@casetrail/config';
import { CasetrailModule } from '@casetrail/runtime';
import { LoggerModule } from 'nestjs-pino';
import { DeliveriesController } from './alerts/deliveries.controller';
import { SubscriptionsController } from './alerts/subscriptions.controller';
import { ApiKeyGuard } from './auth/api-key.guard';
import { AnalyticsController } from './analytics/analytics.controller';
import { CasesController } from './cases/cases.controller';
import { CaseDocumentsController } from './documents/case-documents.controller';
import { DocumentsController } from './documents/documents.controller';
import { CaseGraphController } from './citations/case-graph.controller';
import { CitationsController } from './citations/citations.controller';
import { DocketController } from './docket/docket.controller';
import { HealthController } from './health/health.controller';
import { HearingsController } from './hearings/hearings.controller';
import { SearchController } from './search/search.controller';
import { TimelineController } from './timeline/timeline.controller';
import { TosController } from './tos/tos.controller';
import { TosEvidenceController } from './evidence/tos-evidence.controller';
import { ErrorEnvelopeFilter } from './http/error-envelope.filter';
import { AuthFailureCounter, RateLimitGuard } from './http/rate-limit.guard';
import { RateLimitStore } from './http/rate-limit.store';
import { RateLimiter } from './http/rate-limiter';
import { requestLoggingOptions } from './http/request-logging';
import { UnknownQueryGuard } from './http/unknown-query.guard';
import { PacerController } from './pacer/pacer.controller';
import { CaseSourcesController } from './courtlistener/case-sources.controller';
import { CourtListenerHooksController } from './courtlistener/courtlistener-hooks.controller';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: requestLoggingOptions(config) }),
        CasetrailModule.forRoot({ config, databaseUrl }),
      ],
      controllers: [
        HealthController,
        CasesController,
        DocumentsController,
        CaseDocumentsController,
        SearchController,
        TimelineController,
        CitationsController,
        CaseGraphController,
        DocketController,
        AnalyticsController,
        HearingsController,
        PacerController,
        SubscriptionsController,
        DeliveriesController,
        TosController,
        TosEvidenceController,
        CaseSourcesController,
        CourtListenerHooksController,
      ],
      providers: [
        { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
        RateLimitStore,
        RateLimiter,
        AuthFailureCounter,
        // In this order: the rate limiter (and its failed-authentication lockout) before the key check.
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_GUARD, useClass: UnknownQueryGuard },
      ],
    };
  }
}
