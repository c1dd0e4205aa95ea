import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInteger, PageQuery } from '@casetrail/core';
import { LINK_KINDS, LinkKind, MAX_GRAPH_DEPTH } from '@casetrail/citations';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';

/**
 * About 300 pages of text, for callers with an API key (CASETRAIL_CITATIONS_MAX_CHARACTERS may lower
 * it); anonymous callers get CASETRAIL_CITATIONS_ANONYMOUS_MAX_CHARACTERS (20,000 by default). The
 * JSON body limit (2 MB) stops anything much larger before parsing.
 */
export const MAX_EXTRACT_CHARACTERS = 1_000_000;

export class ExtractCitationsBody {
  @ApiProperty({
    description: `Plain text, at most ${MAX_EXTRACT_CHARACTERS} characters with an API key, 20,000 by default without`,
  })
  @IsString()
  @MaxLength(MAX_EXTRACT_CHARACTERS)
  text!: string;

  @ApiPropertyOptional({
    type: [Number],
    description: 'Start offset of each page, ascending; citations then carry a 1-based `page`',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20_000)
  @IsInt({ each: true })
  @Min(0, { each: true })
  pageOffsets?: number[];
}

export class ListCitationsQuery extends PageQuery {
  @ApiProperty({
    description: 'A citation as typed ("765 F.Supp.3d 382", "17 USC 107", "1:23-cv-11195"); normalised before lookup',
  })
  @IsString()
  @Length(1, 300)
  key!: string;
}

export class GraphQuery {
  @ApiProperty({ description: 'Case id or slug' })
  @IsString()
  @Length(1, 200)
  case!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_GRAPH_DEPTH, default: 1 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(MAX_GRAPH_DEPTH)
  depth?: number;

  @ApiPropertyOptional({ description: `Comma-separated link kinds (${LINK_KINDS.join(', ')}); all when absent` })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @ArrayMaxSize(LINK_KINDS.length)
  @IsIn(LINK_KINDS, { each: true })
  kinds?: LinkKind[];
}
