import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull, PageQuery } from '@casetrail/core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ClaimCode, ClaimStatus } from '../claims/claim-code';
import { PARTY_ROLES, PartyRole } from '../parties/party-role';
import { CaseStage } from '../stages/case-stage';
import { CaseStatus } from './case-status';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Court id, e.g. `nysd`' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  court?: string;

  @ApiPropertyOptional({ description: 'A party name or part of it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  party?: string;

  @ApiPropertyOptional({ enum: CaseStatus })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @ApiPropertyOptional({ description: 'Words in the caption, short name or parties' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: ClaimCode, description: 'Cases with a claim of this code' })
  @IsOptional()
  @IsEnum(ClaimCode)
  claim?: ClaimCode;

  @ApiPropertyOptional({
    enum: ClaimStatus,
    description: 'Cases with a claim in this status (with `claim`: a claim of that code in this status)',
  })
  @IsOptional()
  @IsEnum(ClaimStatus)
  claimStatus?: ClaimStatus;

  @ApiPropertyOptional({ enum: CaseStage })
  @IsOptional()
  @IsEnum(CaseStage)
  stage?: CaseStage;

  @ApiPropertyOptional({ description: 'A judge name or part of it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  judge?: string;

  @ApiPropertyOptional({ description: 'A party group key, e.g. `org:openai` (see organisation groups)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  partyGroup?: string;

  @ApiPropertyOptional({ description: 'Add counts per value of each filter for the current filters' })
  @IsOptional()
  @IsBoolean()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  facets?: boolean;
}

export class CasePartyInput {
  @ApiProperty()
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty({ enum: PartyRole })
  @IsIn(PARTY_ROLES)
  role!: PartyRole;
}

export class CreateCaseBody {
  @ApiPropertyOptional({ description: 'Derived from the short name when absent' })
  @IsOptional()
  @Matches(SLUG, { message: 'slug must be lower-case words joined by hyphens' })
  @MaxLength(80)
  slug?: string;

  @ApiProperty()
  @IsString()
  @Length(1, 1000)
  caption!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  shortName!: string;

  @ApiProperty({ description: 'Court id, e.g. `nysd`' })
  @IsString()
  @Length(1, 40)
  court!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  docketNumber?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({ strict: true })
  filedOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({ strict: true })
  terminatedOn?: string;

  @ApiPropertyOptional({ enum: CaseStatus })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  statusNote?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  natureOfSuit?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  claims?: string[];

  @ApiPropertyOptional({ type: [CasePartyInput] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => CasePartyInput)
  parties?: CasePartyInput[];

  @ApiPropertyOptional({ type: [String], description: 'Reporter citations of its opinions' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  reportedCitations?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ require_protocol: true })
  courtListenerUrl?: string;
}

export class UpdateCaseBody {
  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @Length(1, 1000)
  caption?: string;

  @ApiPropertyOptional()
  @OptionalNotNull()
  @IsString()
  @Length(1, 200)
  shortName?: string;

  @ApiPropertyOptional({ enum: CaseStatus })
  @OptionalNotNull()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  statusNote?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsDateString({ strict: true })
  terminatedOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  natureOfSuit?: string;

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  claims?: string[];

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  reportedCitations?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}
