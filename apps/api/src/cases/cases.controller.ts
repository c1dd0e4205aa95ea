import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import {
  CaseDetailView,
  CaseSummaryView,
  CasesService,
  CreateCaseBody,
  ListCasesQuery,
  UpdateCaseBody,
} from '@casetrail/cases';
import { Page } from '@casetrail/core';
import { RequiresScope } from '../auth/auth.decorators';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @ApiOperation({ summary: 'List cases, newest filing first, with filters and cursor pagination' })
  list(@Query() query: ListCasesQuery): Promise<Page<CaseSummaryView>> {
    return this.cases.list(query);
  }

  @Get(':idOrSlug')
  @ApiOperation({ summary: 'One case by id or slug, with parties, judges, relations and events' })
  get(@Param('idOrSlug') idOrSlug: string): Promise<CaseDetailView> {
    return this.cases.get(idOrSlug);
  }

  @Post()
  @HttpCode(201)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'Track a new case (ingest scope)' })
  create(@Body() body: CreateCaseBody): Promise<CaseDetailView> {
    return this.cases.create(body);
  }

  @Patch(':id')
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({ summary: 'Update a case (ingest scope)' })
  update(@Param('id') id: string, @Body() body: UpdateCaseBody): Promise<CaseDetailView> {
    return this.cases.update(id, body);
  }
}
