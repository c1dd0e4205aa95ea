import { ContentText } from '@casetrail/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUrl, Length, MaxLength } from 'class-validator';
import type { SnapshotFormat } from '../analysis/types';

export const SNAPSHOT_FORMATS: SnapshotFormat[] = ['html', 'markdown'];

export class SubmitSnapshotBody {
  @ApiProperty({ example: 'ChatGPT' })
  @IsString()
  @Length(1, 200)
  service!: string;

  @ApiPropertyOptional({ example: 'OpenAI', description: 'The company; for a new service, defaults to its name' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  provider?: string;

  @ApiProperty({ example: 'Terms of Service' })
  @IsString()
  @Length(1, 200)
  documentType!: string;

  @ApiProperty({ example: '2025-06-01T12:00:00Z', description: 'When the snapshot was taken' })
  @IsISO8601({ strict: true, strictSeparator: true })
  recordedAt!: string;

  @ApiProperty({ description: 'The page as HTML or Markdown (NUL characters are dropped)' })
  @ContentText()
  @IsString()
  @MaxLength(2_000_000)
  content!: string;

  @ApiPropertyOptional({ enum: SNAPSHOT_FORMATS, description: 'Detected from the content when absent' })
  @IsOptional()
  @IsIn(SNAPSHOT_FORMATS)
  format?: SnapshotFormat;

  @ApiPropertyOptional({ example: 'https://openai.com/policies/terms-of-use/' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  sourceUrl?: string;

  @ApiPropertyOptional({ description: 'The text changed only because it was read differently (not by the company)' })
  @IsOptional()
  @IsBoolean()
  technical?: boolean;
}
