import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '@casetrail/core';
import { DocumentsService, DocumentView, ListCaseDocumentsQuery } from '@casetrail/documents';

@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CaseDocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get(':idOrSlug/documents')
  @ApiOperation({ summary: "A case's documents by filing date and entry number, with filters and cursor pagination" })
  list(@Param('idOrSlug') idOrSlug: string, @Query() query: ListCaseDocumentsQuery): Promise<Page<DocumentView>> {
    return this.documents.listForCase(idOrSlug, query);
  }
}
