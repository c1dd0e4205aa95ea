import { Controller, HttpCode, Inject, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { decodePacerText, DocketImportResult, PacerImportService, RssImportResult } from '@casetrail/pacer';
import { Request } from 'express';
import { RequiresScope } from '../auth/auth.decorators';
import { RawBody, readRawBody } from '../http/raw-body';
import { ImportDocketQuery, ImportRssQuery } from './pacer.dto';

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];
const FEED_TYPES = ['application/rss+xml', 'application/xml', 'text/xml'];

function decode({ bytes, charset }: RawBody): string {
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown label: sniff instead.
    }
  }
  return decodePacerText(bytes);
}

@ApiTags('pacer')
@ApiBearerAuth()
@Controller('api/v1/pacer')
export class PacerController {
  constructor(
    private readonly importer: PacerImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('dockets')
  @HttpCode(200)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiConsumes(...HTML_TYPES)
  @ApiBody({ description: 'A PACER docket report (DktRpt.pl) as saved from the browser', schema: { type: 'string' } })
  @ApiOperation({
    summary: 'Import a PACER docket report (ingest scope)',
    description:
      'Upserts the court, case, parties, judges and docket entries, in one transaction; importing the same report again changes nothing. ' +
      'Other pages (login, error, other reports) are refused with 422 and their code; bodies over CASETRAIL_PACER_MAX_BYTES with 413.',
  })
  async importDocket(@Req() request: Request, @Query() query: ImportDocketQuery): Promise<DocketImportResult> {
    const body = await readRawBody(request, { types: HTML_TYPES, maxBytes: this.config.pacer.maxBodyBytes });
    return this.importer.importDocket(decode(body), { court: query.court });
  }

  @Post('rss')
  @HttpCode(200)
  @RequiresScope(ApiKeyScope.Ingest)
  @ApiConsumes(...FEED_TYPES)
  @ApiBody({ description: 'A CM/ECF RSS feed of recent docket entries', schema: { type: 'string' } })
  @ApiOperation({
    summary: 'Import the entries of a court RSS feed (ingest scope)',
    description: 'Each new or changed entry records a docket_entry.created or docket_entry.updated domain event.',
  })
  async importRss(@Req() request: Request, @Query() query: ImportRssQuery): Promise<RssImportResult> {
    const body = await readRawBody(request, { types: FEED_TYPES, maxBytes: this.config.pacer.maxBodyBytes });
    return this.importer.importRss(decode(body), {
      court: query.court,
      trackedCasesOnly:
        query.trackedOnly === undefined ? this.config.pacer.rss.trackedCasesOnly : query.trackedOnly === 'true',
    });
  }
}
