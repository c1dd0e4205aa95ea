import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import { CitationsByKeyView, CitationsService, ExtractedCitation, extractCitations } from '@casetrail/citations';
import { RequiresScope } from '../auth/auth.decorators';
import { ExtractCitationsBody, ListCitationsQuery } from './citations.dto';

// GET /api/v1/documents/{id}/citations comes with filings (libs/documents): it will call
// CitationsService.listForSource({ kind: CitationSourceKind.Document, id }).
@ApiTags('citations')
@ApiBearerAuth()
@Controller('api/v1/citations')
export class CitationsController {
  constructor(private readonly citations: CitationsService) {}

  @Post('extract')
  @HttpCode(200)
  @RequiresScope(ApiKeyScope.Read)
  @ApiOperation({
    summary:
      'Find the citations in a text (cases, statutes, regulations, dockets, ECF references, short forms, Id., supra); stores nothing',
  })
  extract(@Body() body: ExtractCitationsBody): { count: number; citations: ExtractedCitation[] } {
    const citations = extractCitations(body.text, { pageOffsets: body.pageOffsets });
    return { count: citations.length, citations };
  }

  @Get()
  @ApiOperation({
    summary: 'Every filing or ToS version, page by page, that cites a key; with the tracked case it resolves to',
  })
  byKey(@Query() query: ListCitationsQuery): Promise<CitationsByKeyView> {
    return this.citations.listByKey(query);
  }
}
