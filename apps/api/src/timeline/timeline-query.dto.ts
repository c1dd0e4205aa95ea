import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class TimelineQueryDto {
  @ApiPropertyOptional({ description: 'json, csv, ics, md, pdf or svg (or use the Accept header)' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  format?: string;

  @ApiPropertyOptional({ example: '2024-01-01' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  from?: string;

  @ApiPropertyOptional({ example: '2025-12-31' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  to?: string;

  @ApiPropertyOptional({ description: 'Comma-separated item types, e.g. order,opinion' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  types?: string;

  @ApiPropertyOptional({ description: 'Comma-separated: key_ruling, major_filing, routine' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  significance?: string;

  @ApiPropertyOptional({
    enum: ['tos'],
    description: 'Add the terms-of-service changes of the providers among the parties',
  })
  @IsOptional()
  @IsIn(['tos'])
  include?: string;
}

export class FamilyTimelineQueryDto extends TimelineQueryDto {
  @ApiPropertyOptional({ description: 'Comma-separated case slugs or ids' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  cases?: string;

  @ApiPropertyOptional({ description: 'A family head (an MDL) by slug or id: it and its member cases' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  family?: string;
}
