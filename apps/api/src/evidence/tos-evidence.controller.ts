import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EvidencePackView, evidenceMarkdown, evidencePdf, TosEvidenceService } from '@casetrail/tos';
import { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ApiFileAnswer, ApiJsonAnswer } from '../openapi/api-answers';
import { TosEvidenceQueryDto } from './tos-evidence.dto';

@ApiTags('terms of service')
@Controller('api/v1/cases')
export class TosEvidenceController {
  constructor(private readonly evidence: TosEvidenceService) {}

  @Get(':idOrSlug/tos-evidence')
  @ApiOperation({
    summary:
      "Evidence pack: the terms of service of the case's parties over a period (clauses on training, outputs, competing models, opt-out, output ownership; versions with SHA-256, capture time, source; word diffs; the case's filings quoting them)",
  })
  @ApiProduces('application/json', 'text/markdown', 'application/pdf')
  @ApiFileAnswer(200, 'The evidence pack in the format of `format` (default json)', {
    'application/json': 'json',
    'text/markdown': 'text',
    'application/pdf': 'binary',
  })
  @ApiJsonAnswer<EvidencePackView>()
  async pack(
    @Param('idOrSlug') idOrSlug: string,
    @Query() query: TosEvidenceQueryDto,
    @Res() response: Response,
  ): Promise<void> {
    const pack = await this.evidence.evidencePack(idOrSlug, { from: query.from, to: query.to });
    const format = query.format ?? 'json';
    const name = `${pack.case.slug}-tos-evidence`;
    if (format === 'json') {
      response.json(pack);
      return;
    }
    if (format === 'md') {
      response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
      response.setHeader('Content-Disposition', `attachment; filename="${name}.md"`);
      response.send(evidenceMarkdown(pack));
      return;
    }
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="${name}.pdf"`);
    await pipeline(evidencePdf(pack), response);
  }
}
