import { Module } from '@nestjs/common';
import { EventsModule } from '@casetrail/events';
import { CasesService } from './cases/cases.service';
import { ClaimsService } from './claims/claims.service';
import { CaseStagesService } from './stages/case-stages.service';
import { DocketDerivationsService } from './derived/docket-derivations.service';
import { DocketEntriesService } from './docket/docket-entries.service';
import { MotionAnalyticsService } from './motions/motion-analytics.service';
import { MotionRulingsService } from './motions/motion-rulings.service';
import { HearingsService } from './hearings/hearings.service';
import { PartiesService } from './parties/parties.service';
import { CaseRecordsService } from './records/case-records.service';
import { SeedService } from './seed/seed.service';

/** Every service of the lib is also what it offers to the apps. */
const CASES_SERVICES = [
  CasesService,
  PartiesService,
  CaseRecordsService,
  SeedService,
  DocketEntriesService,
  MotionRulingsService,
  MotionAnalyticsService,
  ClaimsService,
  CaseStagesService,
  HearingsService,
  DocketDerivationsService,
];

@Module({
  imports: [EventsModule],
  providers: CASES_SERVICES,
  exports: CASES_SERVICES,
})
export class CasesModule {}
