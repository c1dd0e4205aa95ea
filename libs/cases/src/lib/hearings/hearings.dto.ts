import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ListHearingsQuery {
  @ApiPropertyOptional({
    description:
      'Every hearing and deadline, past, held and vacated too; by default only upcoming ones (from today, scheduled or rescheduled)',
    default: false,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  all?: boolean;
}
