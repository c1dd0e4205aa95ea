import { Module } from '@nestjs/common';
import { EventsModule } from '@casetrail/events';
import { TosCatalogService } from './catalog/tos-catalog.service';
import { TosImportService } from './import/tos-import.service';
import { TosQueryService } from './queries/tos-query.service';
import { TosIngestService } from './snapshots/tos-ingest.service';
import { TosSnapshotsService } from './snapshots/tos-snapshots.service';
import { TosJobHandlers } from './tracking/tos-job-handlers';
import { TosTrackerService } from './tracking/tos-tracker.service';
import { TosCatalogRepository } from './queries/tos-catalog.repository';

@Module({
  imports: [EventsModule],
  providers: [
    TosCatalogService,
    TosIngestService,
    TosImportService,
    TosQueryService,
    TosCatalogRepository,
    TosSnapshotsService,
    TosTrackerService,
    TosJobHandlers,
  ],
  exports: [
    TosCatalogService,
    TosIngestService,
    TosImportService,
    TosQueryService,
    TosSnapshotsService,
    TosTrackerService,
    TosJobHandlers,
  ],
})
export class TosModule {}
