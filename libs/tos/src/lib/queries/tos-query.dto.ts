import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

const VERSION_REFERENCE =
  'A version id, or a date (`2025-06-01`, the end of that day UTC) or date and time: the version in force then';

export class TosDiffQuery {
  @ApiPropertyOptional({ description: `${VERSION_REFERENCE}. Default: the version before \`to\`.` })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  from?: string;

  @ApiPropertyOptional({ description: `${VERSION_REFERENCE}. Default: the latest version.` })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  to?: string;
}

export class TosAsOfQuery {
  @ApiProperty({
    example: '2025-06-01',
    description: 'A date (the end of that day, UTC) or a date and time with its zone',
  })
  @IsString()
  @Length(1, 64)
  date!: string;
}

export class TosClauseHistoryQuery {
  @ApiPropertyOptional({ description: 'Only the versions where the clause changed', default: false })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  changesOnly?: boolean;
}
