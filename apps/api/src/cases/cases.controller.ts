import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import {
  CaseDetailView,
  CaseSummaryViewPage,
  CasesService,
  ClaimsService,
  ClaimView,
  CreateCaseBody,
  ListCasesQuery,
  RecordClaimStatusBody,
  UpdateCaseBody,
} from '@casetrail/cases';
import { RequiresScope } from '../auth/auth.decorators';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly claims: ClaimsService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'List cases, newest filing first, with filters (claim, stage, judge, party group, …), facets and cursor pagination',
  })
  list(@Query() query: ListCasesQuery): Promise<CaseSummaryViewPage> {
    return this.cases.list(query);
  }

  @Get(':idOrSlug')
  @ApiOperation({ summary: 'One case by id or slug, with parties, judges, relations and events' })
  get(@Param('idOrSlug') idOrSlug: string): Promise<CaseDetailView> {
    return this.cases.get(idOrSlug);
  }

  @Get(':idOrSlug/claims')
  @ApiOperation({
    summary: "A case's claims: code, heading as pleaded, statutes, source, status and its sourced history",
  })
  listClaims(@Param('idOrSlug') idOrSlug: string): Promise<ClaimView[]> {
    return this.claims.list(idOrSlug);
  }

  @Post(':idOrSlug/claims/:claimId/status')
  @HttpCode(201)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({
    summary: "Record a change of a claim's status with its source: an order and page, or a URL (ingest scope)",
  })
  recordClaimStatus(
    @Param('idOrSlug') idOrSlug: string,
    @Param('claimId') claimId: string,
    @Body() body: RecordClaimStatusBody,
  ): Promise<ClaimView> {
    return this.claims.recordStatus(idOrSlug, claimId, body);
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
