import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';

export class CourtListenerDocketRef {
  @ApiPropertyOptional({ description: "CourtListener's docket id", example: 68571705 })
  @IsOptional()
  @IsInt()
  @Min(1)
  docketId?: number;

  @ApiPropertyOptional({
    description: 'A CourtListener docket URL',
    example: 'https://www.courtlistener.com/docket/68571705/the-new-york-times-company-v-microsoft-corporation/',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string;
}

export class CreateCaseSourceBody {
  @ApiProperty({ type: CourtListenerDocketRef, description: 'The docket to follow: `docketId` or `url`, not both' })
  @IsDefined()
  @ValidateNested()
  @Type(() => CourtListenerDocketRef)
  courtListener!: CourtListenerDocketRef;
}

export class SyncCaseSourcesQuery {
  @ApiPropertyOptional({ description: 'Only this source (default: every source of the case)' })
  @IsOptional()
  @IsUUID()
  sourceId?: string;
}
