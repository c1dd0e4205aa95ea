import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { TimelineService } from './assembly/timeline.service';

@Module({ imports: [CasesModule], providers: [TimelineService], exports: [TimelineService] })
export class TimelineModule {}
