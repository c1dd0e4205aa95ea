import { ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInteger } from './decimal-integer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** `limit` and `cursor` of a list endpoint that pages with `Page<T>` (1 to 200 items, 50 by default). */
export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;
}
