import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { WorkersModule } from '@casetrail/workers';
import { PacerJobHandlers } from './feeds/pacer-job-handlers';
import { RssPollerService } from './feeds/rss-poller.service';
import { PacerImportService } from './import/pacer-import.service';

@Module({
  imports: [CasesModule, WorkersModule],
  providers: [PacerImportService, RssPollerService, PacerJobHandlers],
  exports: [PacerImportService, RssPollerService, PacerJobHandlers],
})
export class PacerModule {}
