import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { TimelineRepository } from './assembly/timeline.repository';
import { TimelineService } from './assembly/timeline.service';

@Module({ imports: [CasesModule], providers: [TimelineRepository, TimelineService], exports: [TimelineService] })
export class TimelineModule {}
