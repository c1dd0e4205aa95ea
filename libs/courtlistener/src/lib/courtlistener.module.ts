import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { DocumentsModule } from '@casetrail/documents';
import { CourtListenerClient } from './api/courtlistener-client';
import { CourtListenerWebhooksService } from './hooks/courtlistener-webhooks.service';
import { CourtListenerJobHandlers } from './jobs/courtlistener-job-handlers';
import { CaseSourcesService } from './sources/case-sources.service';
import { CourtListenerSyncService } from './sync/courtlistener-sync.service';

const PROVIDERS = [
  CourtListenerClient,
  CourtListenerSyncService,
  CaseSourcesService,
  CourtListenerWebhooksService,
  CourtListenerJobHandlers,
];

@Module({
  imports: [CasesModule, DocumentsModule],
  providers: PROVIDERS,
  exports: PROVIDERS,
})
export class CourtListenerModule {}
