import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import { CitationsByKeyView, CitationsService, EXTRACT_CITATIONS_TASK, ExtractedCitation } from '@casetrail/citations';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { WorkerPool } from '@casetrail/workers';
import { AuthenticatedRequest } from '../auth/api-key.guard';
import { RequiresScope } from '../auth/auth.decorators';
import { ApiError } from '../http/api-error';
import { ApiErrorCode } from '../http/api-error-code';
import { perCharacters, RateLimitCost } from '../http/rate-limit-cost';
import { ExtractCitationsBody, ListCitationsQuery } from './citations.dto';

/** Characters of text that count as one request of the rate limit. */
const EXTRACT_CHARACTERS_PER_REQUEST = 10_000;

// GET /api/v1/documents/{id}/citations comes with filings (libs/documents): it will call
// CitationsService.listForSource({ kind: CitationSourceKind.Document, id }).
@ApiTags('citations')
@ApiBearerAuth()
@Controller('api/v1/citations')
export class CitationsController {
  constructor(
    private readonly citations: CitationsService,
    private readonly workers: WorkerPool,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('extract')
  @HttpCode(200)
  @RequiresScope(ApiKeyScope.Read)
  @RateLimitCost(perCharacters('text', EXTRACT_CHARACTERS_PER_REQUEST))
  @ApiOperation({
    summary:
      'Find the citations in a text (cases, statutes, regulations, dockets, ECF references, short forms, Id., supra); stores nothing. ' +
      `Each started ${EXTRACT_CHARACTERS_PER_REQUEST} characters count as one request of the rate limit; without an API key the text is capped much lower.`,
  })
  async extract(
    @Body() body: ExtractCitationsBody,
    @Req() request: AuthenticatedRequest,
  ): Promise<{ count: number; total: number; truncated: boolean; citations: ExtractedCitation[] }> {
    const { anonymousMaxCharacters, keyedMaxCharacters, maxResults } = this.config.citations;
    const limit = request.apiKey ? keyedMaxCharacters : anonymousMaxCharacters;
    if (body.text.length > limit) {
      throw new ApiError(
        ApiErrorCode.PayloadTooLarge,
        `The text has ${body.text.length} characters; the limit is ${limit}${request.apiKey ? '' : ' without an API key'}.`,
        { characters: body.text.length, limitCharacters: limit, authenticated: Boolean(request.apiKey) },
      );
    }
    const { citations, total } = await this.workers.run(EXTRACT_CITATIONS_TASK, {
      text: body.text,
      pageOffsets: body.pageOffsets,
      maxResults,
    });
    return { count: citations.length, total, truncated: total > citations.length, citations };
  }

  @Get()
  @ApiOperation({
    summary: 'Every filing or ToS version, page by page, that cites a key; with the tracked case it resolves to',
  })
  byKey(@Query() query: ListCitationsQuery): Promise<CitationsByKeyView> {
    return this.citations.listByKey(query);
  }
}
