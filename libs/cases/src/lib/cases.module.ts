import { Module } from '@nestjs/common';
import { EventsModule } from '@casetrail/events';
import { CasesService } from './cases/cases.service';
import { DocketEntriesService } from './docket/docket-entries.service';
import { HearingsService } from './hearings/hearings.service';
import { PartiesService } from './parties/parties.service';
import { CaseRecordsService } from './records/case-records.service';
import { SeedService } from './seed/seed.service';

@Module({
  imports: [EventsModule],
  providers: [CasesService, PartiesService, CaseRecordsService, SeedService, DocketEntriesService, HearingsService],
  exports: [CasesService, PartiesService, CaseRecordsService, SeedService, DocketEntriesService, HearingsService],
})
export class CasesModule {}
