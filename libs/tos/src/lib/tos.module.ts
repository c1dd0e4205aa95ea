import { Module } from '@nestjs/common';
import { EventsModule } from '@casetrail/events';
import { WorkersModule } from '@casetrail/workers';
import { TosCatalogService } from './catalog/tos-catalog.service';
import { TosImportService } from './import/tos-import.service';
import { TosQueryService } from './queries/tos-query.service';
import { TosIngestService } from './snapshots/tos-ingest.service';
import { TosSnapshotsService } from './snapshots/tos-snapshots.service';
import { TosJobsHandler } from './tracking/tos-jobs.handler';
import { TosTrackerService } from './tracking/tos-tracker.service';

@Module({
  imports: [EventsModule, WorkersModule],
  providers: [
    TosCatalogService,
    TosIngestService,
    TosImportService,
    TosQueryService,
    TosSnapshotsService,
    TosTrackerService,
    TosJobsHandler,
  ],
  exports: [
    TosCatalogService,
    TosIngestService,
    TosImportService,
    TosQueryService,
    TosSnapshotsService,
    TosTrackerService,
    TosJobsHandler,
  ],
})
export class TosModule {}
