import { ApiPropertyOptional } from '@nestjs/swagger';
import { DecimalInteger, PageQuery } from '@casetrail/core';
import {
  IsDateString,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DocumentType } from '../extraction/document-type';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The optional fields of a multipart upload, beside the `file` part. Explicit values win over extraction. */
export class UploadDocumentFields {
  @ApiPropertyOptional({ description: 'Case id or slug to attach the document to (else matched by its header)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  case?: string;

  @ApiPropertyOptional({ enum: DocumentType, description: 'Overrides the classifier' })
  @IsOptional()
  @IsEnum(DocumentType)
  documentType?: DocumentType;

  @ApiPropertyOptional({ description: 'Docket entry number (else the ECF number of the header)' })
  @IsOptional()
  @DecimalInteger()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  entryNumber?: number;

  @ApiPropertyOptional({ description: 'Filing date, YYYY-MM-DD (else the date of the header)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'filedOn must be a date as YYYY-MM-DD' })
  @IsDateString({ strict: true })
  filedOn?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  title?: string;

  @ApiPropertyOptional({ description: 'Where the file came from (http or https URL)' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  sourceUrl?: string;
}

export class ListCaseDocumentsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: DocumentType })
  @IsOptional()
  @IsEnum(DocumentType)
  documentType?: DocumentType;

  @ApiPropertyOptional({ description: 'Filed on or after this date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'filedFrom must be a date as YYYY-MM-DD' })
  @IsDateString({ strict: true })
  filedFrom?: string;

  @ApiPropertyOptional({ description: 'Filed on or before this date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'filedTo must be a date as YYYY-MM-DD' })
  @IsDateString({ strict: true })
  filedTo?: string;
}
