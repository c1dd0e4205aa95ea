import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class TosEvidenceQueryDto {
  @ApiPropertyOptional({ example: '2023-12-27', description: "Start of the period; default: the case's filing date" })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  from?: string;

  @ApiPropertyOptional({ example: '2025-06-30', description: 'End of the period; default: now' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  to?: string;

  @ApiPropertyOptional({ enum: ['json', 'md', 'pdf'], description: 'default json' })
  @IsOptional()
  @IsIn(['json', 'md', 'pdf'])
  format?: 'json' | 'md' | 'pdf';
}
