import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import {
  CaseSourcesService,
  CaseSourceView,
  CourtListenerError,
  CourtListenerErrorCode,
  FollowResult,
  parseDocketReference,
} from '@casetrail/courtlistener';
import { RequiresScope } from '../auth/auth.decorators';
import { CreateCaseSourceBody, SyncCaseSourcesQuery } from './case-sources.dto';

export interface CaseSourceList {
  items: CaseSourceView[];
}

export interface SyncRequestResult {
  syncs: { sourceId: string; outcome: 'expedited' | 'running' | 'sent' }[];
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('api/v1/cases/:idOrSlug/sources')
export class CaseSourcesController {
  constructor(private readonly sources: CaseSourcesService) {}

  @Post()
  @HttpCode(201)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({
    summary: 'Follow a CourtListener docket for this case (ingest scope)',
    description:
      'Reads the docket from CourtListener (422 courtlistener_docket_not_found when it has none), links it to the case and ' +
      'queues its first sync: docket metadata, parties, entries and available RECAP PDFs. Following the same docket again ' +
      'changes nothing; a docket followed for another case is refused with 409.',
  })
  async create(@Param('idOrSlug') idOrSlug: string, @Body() body: CreateCaseSourceBody): Promise<FollowResult> {
    const { docketId, url } = body.courtListener;
    if ((docketId === undefined) === (url === undefined)) {
      throw new CourtListenerError(
        CourtListenerErrorCode.InvalidDocketReference,
        'Give courtListener.docketId or courtListener.url, not both.',
      );
    }
    return this.sources.follow(parseDocketReference({ docketId, url }), idOrSlug);
  }

  @Get()
  @ApiOperation({ summary: "The case's followed dockets with the state of their syncs" })
  async list(@Param('idOrSlug') idOrSlug: string): Promise<CaseSourceList> {
    return { items: await this.sources.list(idOrSlug) };
  }

  @Delete(':sourceId')
  @HttpCode(204)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({
    summary: 'Stop following a CourtListener docket (ingest scope)',
    description:
      'The docket is no longer synced: a sync already queued does nothing. The entries and documents it brought stay on ' +
      'the case. 404 case_not_found or case_source_not_found (a source of another case included).',
  })
  async remove(@Param('idOrSlug') idOrSlug: string, @Param('sourceId') sourceId: string): Promise<void> {
    await this.sources.unfollow(idOrSlug, sourceId);
  }

  @Post('sync')
  @HttpCode(202)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiOperation({
    summary: "Sync the case's followed dockets now (ingest scope)",
    description: 'A sync already waiting is moved forward and one already running is left alone (outcome per source).',
  })
  async sync(@Param('idOrSlug') idOrSlug: string, @Query() query: SyncCaseSourcesQuery): Promise<SyncRequestResult> {
    return { syncs: await this.sources.requestSync(idOrSlug, query.sourceId) };
  }
}
