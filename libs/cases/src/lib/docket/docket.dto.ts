import { DecimalInteger } from '@casetrail/core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { DocketEntryType } from './docket-entry-type';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ListDocketQuery {
  @ApiPropertyOptional({ description: 'Entries filed on or after this date (yyyy-mm-dd)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'dateFrom must be a date as yyyy-mm-dd' })
  @IsDateString({ strict: true })
  dateFrom?: string;

  @ApiPropertyOptional({ description: 'Entries filed on or before this date (yyyy-mm-dd)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'dateTo must be a date as yyyy-mm-dd' })
  @IsDateString({ strict: true })
  dateTo?: string;

  @ApiPropertyOptional({ enum: DocketEntryType, description: 'Kind of entry, classified from its text' })
  @IsOptional()
  @IsEnum(DocketEntryType)
  entryType?: DocketEntryType;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
