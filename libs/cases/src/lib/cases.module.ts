import { Module } from '@nestjs/common';
import { CasesService } from './cases/cases.service';
import { PartiesService } from './parties/parties.service';
import { SeedService } from './seed/seed.service';

@Module({
  providers: [CasesService, PartiesService, SeedService],
  exports: [CasesService, PartiesService, SeedService],
})
export class CasesModule {}
