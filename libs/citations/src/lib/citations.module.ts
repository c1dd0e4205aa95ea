import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { CaseGraphRepository } from './graph/case-graph.repository';
import { CaseGraphService } from './graph/case-graph.service';
import { CaseLinks } from './graph/case-links';
import { RelatedCasesService } from './graph/related-cases.service';
import { CitationResolutionRepository } from './resolution/citation-resolution.repository';
import { CitationResolver } from './resolution/citation-resolver';
import { CitationsRepository } from './storage/citations.repository';
import { CitationsService } from './storage/citations.service';
import { TosQuoteService } from './tos-quotes/tos-quote.service';

/** Stored citations, their resolution, and the case graph. Extraction itself is pure and needs no module. */
@Module({
  imports: [CasesModule],
  providers: [
    CaseGraphRepository,
    CitationsRepository,
    CitationResolutionRepository,
    CitationResolver,
    CitationsService,
    CaseLinks,
    RelatedCasesService,
    CaseGraphService,
    TosQuoteService,
  ],
  exports: [CitationsService, RelatedCasesService, CaseGraphService, TosQuoteService],
})
export class CitationsModule {}
