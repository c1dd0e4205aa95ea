import { Module } from '@nestjs/common';
import { CasesModule } from '@casetrail/cases';
import { CaseGraphService } from './graph/case-graph.service';
import { CaseLinks } from './graph/case-links';
import { RelatedCasesService } from './graph/related-cases.service';
import { CitationResolver } from './resolution/citation-resolver';
import { CitationsService } from './storage/citations.service';
import { TosQuoteService } from './tos-quotes/tos-quote.service';

/** Stored citations, their resolution, and the case graph. Extraction itself is pure and needs no module. */
@Module({
  imports: [CasesModule],
  providers: [CitationResolver, CitationsService, CaseLinks, RelatedCasesService, CaseGraphService, TosQuoteService],
  exports: [CitationsService, RelatedCasesService, CaseGraphService, TosQuoteService],
})
export class CitationsModule {}
