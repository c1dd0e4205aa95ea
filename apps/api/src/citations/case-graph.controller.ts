import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseGraphService, CaseGraphView, RelatedCasesService, RelatedCasesView } from '@casetrail/citations';
import { GraphQuery } from './citations.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1')
export class CaseGraphController {
  constructor(
    private readonly related: RelatedCasesService,
    private readonly graph: CaseGraphService,
  ) {}

  @Get('cases/:idOrSlug/related')
  @ApiOperation({
    summary:
      'Cases related to a case, each with its reasons: relations, MDL siblings, citations, shared parties (entity groups), shared judges',
  })
  relatedCases(@Param('idOrSlug') idOrSlug: string): Promise<RelatedCasesView> {
    return this.related.related(idOrSlug);
  }

  @Get('graph')
  @ApiOperation({ summary: 'The case graph around a case as nodes and edges, breadth-first to `depth` (at most 3)' })
  caseGraph(@Query() query: GraphQuery): Promise<CaseGraphView> {
    return this.graph.graph({ case: query.case, depth: query.depth, kinds: query.kinds });
  }
}
