import { DecimalInteger } from '@casetrail/core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { SEARCH_FORMATS, SearchFormat, SEARCH_KINDS, SEARCH_SORTS, SearchKind, SearchSort } from '@casetrail/search';
import { IsIn, IsInt, IsISO8601, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class SearchQueryDto {
  @ApiPropertyOptional({ description: 'Words, "quoted phrases", OR, and -exclusions (at most 512 characters)' })
  @IsOptional()
  @IsString()
  q?: string;

  @ApiPropertyOptional({ enum: SEARCH_KINDS })
  @IsOptional()
  @IsIn(SEARCH_KINDS)
  kind?: SearchKind;

  @ApiPropertyOptional({ description: 'Case slug' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  case?: string;

  @ApiPropertyOptional({ description: 'Court id, e.g. `nysd`' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  court?: string;

  @ApiPropertyOptional({ description: 'Exact party name (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  party?: string;

  @ApiPropertyOptional({ description: 'Exact judge name (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  judge?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  documentType?: string;

  @ApiPropertyOptional({ description: 'Document id: search within one filing' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  document?: string;

  @ApiPropertyOptional({ description: 'Terms-of-service service name' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  service?: string;

  @ApiPropertyOptional({ example: '2025-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  filedFrom?: string;

  @ApiPropertyOptional({ example: '2025-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  filedTo?: string;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, default: SearchSort.Relevance })
  @IsOptional()
  @IsIn(SEARCH_SORTS)
  sort?: SearchSort;

  @ApiPropertyOptional({ description: 'Comma-separated: kind, court, case, documentType, year, service' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  facets?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({
    enum: SEARCH_FORMATS,
    default: 'json',
    description: '`csv` streams every hit from `cursor` on (up to the 10,000-hit window) instead of one page',
  })
  @IsOptional()
  @IsIn(SEARCH_FORMATS)
  format?: SearchFormat;
}
