import { Module } from '@nestjs/common';
import { EventsModule } from '@casetrail/events';
import { CasesService } from './cases/cases.service';
import { DocketEntriesService } from './docket/docket-entries.service';
import { PartiesService } from './parties/parties.service';
import { SeedService } from './seed/seed.service';

@Module({
  imports: [EventsModule],
  providers: [CasesService, PartiesService, SeedService, DocketEntriesService],
  exports: [CasesService, PartiesService, SeedService, DocketEntriesService],
})
export class CasesModule {}
