import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class TosTopicQueryDto {
  @ApiProperty({
    example: 'competing-models',
    description: 'competing-models, training-on-user-content, output-ownership, opt-out or use-of-outputs',
  })
  @IsString()
  @MaxLength(60)
  topic!: string;

  @ApiPropertyOptional({ example: '2024-01-01', description: 'default: today' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  asOf?: string;
}
