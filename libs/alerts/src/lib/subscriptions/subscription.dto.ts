import { DecimalInteger, OptionalNotNull } from '@casetrail/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DOMAIN_EVENT_TYPES, DomainEventType } from '@casetrail/events';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DELIVERY_STATUSES, DeliveryStatus } from '../deliveries/delivery-enums';
import {
  CHANNEL_TYPES,
  ChannelType,
  FREQUENCIES,
  Frequency,
  SEARCH_TARGET_KINDS,
  SearchTargetKind,
  SUBSCRIPTION_STATUSES,
  SubscriptionStatus,
  TARGET_TYPES,
  TargetType,
} from './subscription-enums';

const DOCUMENT_TYPE = /^[a-z0-9_]{1,60}$/;

export class SearchTargetFilters {
  @ApiPropertyOptional({ description: 'Case id or slug' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  case?: string;

  @ApiPropertyOptional({ description: 'Court id, e.g. `nysd`' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  court?: string;

  @ApiPropertyOptional({ description: 'A party of the case (name, case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  party?: string;

  @ApiPropertyOptional({ description: 'A judge of the case' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  judge?: string;

  @ApiPropertyOptional({ enum: SEARCH_TARGET_KINDS, description: 'filing pages, docket entries or ToS text' })
  @IsOptional()
  @IsIn(SEARCH_TARGET_KINDS)
  kind?: SearchTargetKind;
}

/** What to follow; which fields apply depends on `type` (docs/alerts.md). */
export class SubscriptionTargetBody {
  @ApiProperty({ enum: TARGET_TYPES })
  @IsIn(TARGET_TYPES)
  type!: TargetType;

  @ApiPropertyOptional({ description: '`case`, `family`, `citation`: a case id or slug' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  case?: string;

  @ApiPropertyOptional({ description: '`search`: words, "phrases", OR, -exclusions' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(512)
  q?: string;

  @ApiPropertyOptional({ type: SearchTargetFilters })
  @IsOptional()
  @ValidateNested()
  @Type(() => SearchTargetFilters)
  filters?: SearchTargetFilters;

  @ApiPropertyOptional({ description: '`party`, `judge`: the name' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ description: '`tosDocument`, `clause`' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  tosDocumentId?: string;

  @ApiPropertyOptional({ description: "`clause`: the clause's stable key" })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  clauseKey?: string;

  @ApiPropertyOptional({ description: '`citation`: what is cited, e.g. `17 U.S.C. § 107`' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  key?: string;
}

export class SubscriptionChannelBody {
  @ApiProperty({ enum: CHANNEL_TYPES })
  @IsIn(CHANNEL_TYPES)
  type!: ChannelType;

  @ApiPropertyOptional({ description: '`webhook`: an http(s) URL on a public address' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @ApiPropertyOptional({ description: '`email`: the address' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;
}

export class CreateSubscriptionBody {
  @ApiProperty({ type: SubscriptionTargetBody })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SubscriptionTargetBody)
  target!: SubscriptionTargetBody;

  @ApiProperty({ type: SubscriptionChannelBody })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SubscriptionChannelBody)
  channel!: SubscriptionChannelBody;

  @ApiPropertyOptional({ enum: FREQUENCIES, default: Frequency.Realtime })
  @IsOptional()
  @IsIn(FREQUENCIES)
  frequency?: Frequency;

  @ApiPropertyOptional({
    enum: DOMAIN_EVENT_TYPES,
    isArray: true,
    description: 'Only these event types (default: all)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(DOMAIN_EVENT_TYPES, { each: true })
  eventTypes?: DomainEventType[];

  @ApiPropertyOptional({ type: [String], description: 'Only filings and docket entries of these document types' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(DOCUMENT_TYPE, { each: true })
  includeDocumentTypes?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Never these document types (e.g. `certificate_of_service`)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(DOCUMENT_TYPE, { each: true })
  excludeDocumentTypes?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];
}

export class UpdateSubscriptionBody {
  @ApiPropertyOptional({
    enum: [SubscriptionStatus.Active, SubscriptionStatus.Paused],
    description: 'Pause, or resume (also after failing)',
  })
  @OptionalNotNull()
  @IsIn([SubscriptionStatus.Active, SubscriptionStatus.Paused])
  status?: SubscriptionStatus.Active | SubscriptionStatus.Paused;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(60, { each: true })
  tags?: string[];

  @ApiPropertyOptional({ enum: DOMAIN_EVENT_TYPES, isArray: true })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(DOMAIN_EVENT_TYPES, { each: true })
  eventTypes?: DomainEventType[];

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(DOCUMENT_TYPE, { each: true })
  includeDocumentTypes?: string[];

  @ApiPropertyOptional({ type: [String] })
  @OptionalNotNull()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(DOCUMENT_TYPE, { each: true })
  excludeDocumentTypes?: string[];
}

export class RotateSecretBody {
  @ApiPropertyOptional({
    description: 'Seconds the previous secret still signs (default CASETRAIL_ALERT_SECRET_GRACE_SECONDS)',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30 * 86_400)
  graceSeconds?: number;
}

export class ListSubscriptionsQuery {
  @ApiPropertyOptional({ enum: SUBSCRIPTION_STATUSES })
  @IsOptional()
  @IsIn(SUBSCRIPTION_STATUSES)
  status?: SubscriptionStatus;

  @ApiPropertyOptional({ enum: TARGET_TYPES })
  @IsOptional()
  @IsIn(TARGET_TYPES)
  targetType?: TargetType;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  tag?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}

export class ListDeliveriesQuery {
  @ApiPropertyOptional({ enum: DELIVERY_STATUSES })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES)
  status?: DeliveryStatus;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;
}
