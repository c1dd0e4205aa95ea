import { Module } from '@nestjs/common';
import { EventsModule } from '@casetrail/events';
import { WorkersModule } from '@casetrail/workers';
import { TosCatalogService } from './catalog/tos-catalog.service';
import { TosImportService } from './import/tos-import.service';
import { TosQueryService } from './queries/tos-query.service';
import { TosIngestService } from './snapshots/tos-ingest.service';
import { TosSnapshotsService } from './snapshots/tos-snapshots.service';
import { TosJobHandlers } from './tracking/tos-job-handlers';
import { TosTrackerService } from './tracking/tos-tracker.service';
import { TosCatalogRepository } from './queries/tos-catalog.repository';
import { TosClauseCitationsService } from './evidence/tos-clause-citations.service';
import { TosEvidenceService } from './evidence/tos-evidence.service';
import { TosTopicsService } from './evidence/tos-topics.service';

@Module({
  imports: [EventsModule, WorkersModule],
  providers: [
    TosCatalogService,
    TosIngestService,
    TosImportService,
    TosQueryService,
    TosCatalogRepository,
    TosSnapshotsService,
    TosTrackerService,
    TosJobHandlers,
    TosTopicsService,
    TosClauseCitationsService,
    TosEvidenceService,
  ],
  exports: [
    TosCatalogService,
    TosIngestService,
    TosImportService,
    TosQueryService,
    TosSnapshotsService,
    TosTrackerService,
    TosJobHandlers,
    TosTopicsService,
    TosClauseCitationsService,
    TosEvidenceService,
  ],
})
export class TosModule {}
