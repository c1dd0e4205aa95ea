import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MotionType } from './motion-type';

export class MotionAnalyticsQuery {
  @ApiPropertyOptional({ enum: MotionType, description: 'Only motions of this type (classified from the motion text)' })
  @IsOptional()
  @IsEnum(MotionType)
  type?: MotionType;

  @ApiPropertyOptional({ description: 'Only cases with a judge whose name contains this, e.g. `Alsup`' })
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'judge must not be blank' })
  @MaxLength(200)
  judge?: string;

  @ApiPropertyOptional({ description: 'Only cases of this court id, e.g. `cand`' })
  @IsOptional()
  @Matches(/^[a-z0-9]{2,12}$/, { message: 'court must be a court id such as cand or nysd' })
  court?: string;

  @ApiPropertyOptional({ description: 'Only this case (id or slug)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  case?: string;
}
