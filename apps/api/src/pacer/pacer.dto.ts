import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

export class ImportDocketQuery {
  @ApiPropertyOptional({ description: 'Court id (e.g. `nysd`) for a report that does not say its court' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{2,40}$/i, { message: 'court must be a court id such as nysd' })
  court?: string;
}

export class ImportRssQuery extends ImportDocketQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only record entries of cases already tracked' })
  @IsOptional()
  @IsIn(['true', 'false'])
  trackedOnly?: 'true' | 'false';
}
