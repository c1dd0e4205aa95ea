import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ClaimStatus } from './claim-code';

export class RecordClaimStatusBody {
  @ApiProperty({ enum: ClaimStatus })
  @IsEnum(ClaimStatus)
  status!: ClaimStatus;

  @ApiPropertyOptional({ description: 'The stored filing (an order, a stipulation) that decides it' })
  @IsOptional()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({ description: 'The docket entry number of that filing' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  entryNumber?: number;

  @ApiPropertyOptional({ description: 'The page of the filing that decides it' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ description: 'A public page that reports the change, when no filing is stored' })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] })
  @MaxLength(2000)
  sourceUrl?: string;

  @ApiPropertyOptional({ description: 'The day it was decided' })
  @IsOptional()
  @IsDateString({ strict: true })
  decidedOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}
