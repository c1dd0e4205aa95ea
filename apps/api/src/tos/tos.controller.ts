import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import { Page, PageQuery } from '@casetrail/core';
import {
  ClauseCitationsView,
  SnapshotResultView,
  TopicReportView,
  TosClauseCitationsService,
  TosTopicsService,
  SubmitSnapshotBody,
  TosAsOfQuery,
  TosClauseHistoryQuery,
  TosClauseHistoryView,
  TosDiffQuery,
  TosDiffView,
  TosQueryService,
  TosServiceView,
  TosSnapshotsService,
  TosVersionSummaryView,
  TosVersionView,
} from '@casetrail/tos';
import { Response } from 'express';
import { RequiresScope } from '../auth/auth.decorators';
import { TosTopicQueryDto } from './tos-topic-query.dto';

/** Service and document type in a path: names ("Terms%20of%20Service") or slugs ("terms-of-service"). */
const DOCUMENT = ':service/:type';

@ApiTags('terms of service')
@ApiBearerAuth()
@Controller('api/v1/tos')
export class TosController {
  constructor(
    private readonly queries: TosQueryService,
    private readonly snapshots: TosSnapshotsService,
    private readonly topics: TosTopicsService,
    private readonly clauseCitations: TosClauseCitationsService,
  ) {}

  @Get('clauses')
  @ApiOperation({
    summary:
      'Who forbids what, since when: the clauses on a topic in force on a date, by provider, with their first appearance and the cases the provider is a party to',
  })
  clausesOnTopic(@Query() query: TosTopicQueryDto): Promise<TopicReportView> {
    return this.topics.clausesOnTopic(query.topic, query.asOf ?? new Date().toISOString().slice(0, 10));
  }

  @Get()
  @ApiOperation({ summary: 'Tracked services and their documents, with version counts and last change' })
  catalog(@Query() query: PageQuery): Promise<Page<TosServiceView>> {
    return this.queries.listCatalog(query);
  }

  @Post('snapshots')
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({
    summary:
      'Record one snapshot (HTML or Markdown): 201 with the new version, or 200 when it is noise or already known',
  })
  @ApiCreatedResponse({ description: 'A new version was stored (`outcome` is `stored`)' })
  @ApiOkResponse({ description: 'Nothing stored: noise, a duplicate, an error page or no clause change (`outcome`)' })
  async submit(
    @Body() body: SubmitSnapshotBody,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SnapshotResultView> {
    const result = await this.snapshots.submit(body);
    response.status(result.outcome === 'stored' ? 201 : 200);
    return result;
  }

  @Get(`${DOCUMENT}/versions`)
  @ApiOperation({ summary: 'Versions of a document, newest first (no text)' })
  versions(
    @Param('service') service: string,
    @Param('type') type: string,
    @Query() query: PageQuery,
  ): Promise<Page<TosVersionSummaryView>> {
    return this.queries.listVersions({ service, documentType: type }, query);
  }

  @Get(`${DOCUMENT}/versions/:id`)
  @ApiOperation({ summary: 'One version: its text and its clauses with their stable keys' })
  version(
    @Param('service') service: string,
    @Param('type') type: string,
    @Param('id') id: string,
  ): Promise<TosVersionView> {
    return this.queries.getVersion({ service, documentType: type }, id);
  }

  @Get(`${DOCUMENT}/diff`)
  @ApiOperation({
    summary: 'Clause-level changes between two versions, with word diffs (default: latest against previous)',
  })
  diff(
    @Param('service') service: string,
    @Param('type') type: string,
    @Query() query: TosDiffQuery,
  ): Promise<TosDiffView> {
    return this.queries.diff({ service, documentType: type }, query);
  }

  @Get(`${DOCUMENT}/as-of`)
  @ApiOperation({
    summary: 'The version in force on a date: the latest recorded at or before it (following predecessors)',
  })
  asOf(
    @Param('service') service: string,
    @Param('type') type: string,
    @Query() query: TosAsOfQuery,
  ): Promise<TosVersionView> {
    return this.queries.asOf({ service, documentType: type }, query.date);
  }

  @Get(`${DOCUMENT}/clauses/:key/history`)
  @ApiOperation({ summary: 'One clause through every version of the document and the documents it continues' })
  history(
    @Param('service') service: string,
    @Param('type') type: string,
    @Param('key') key: string,
    @Query() query: TosClauseHistoryQuery,
  ): Promise<TosClauseHistoryView> {
    return this.queries.clauseHistory({ service, documentType: type }, key, { changesOnly: query.changesOnly });
  }

  @Get(`${DOCUMENT}/clauses/:key/citations`)
  @ApiOperation({ summary: 'The filings quoting a clause, across every version of the document and its predecessors' })
  citations(
    @Param('service') service: string,
    @Param('type') type: string,
    @Param('key') key: string,
  ): Promise<ClauseCitationsView> {
    return this.clauseCitations.clauseCitations({ service, documentType: type }, key);
  }
}
