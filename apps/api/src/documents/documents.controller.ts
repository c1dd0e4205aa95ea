import {
  Body,
  Controller,
  Get,
  Param,
  ParseIntPipe,
  Post,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import {
  DocumentCitationsView,
  DocumentIngestService,
  DocumentPageView,
  documentPath,
  DocumentsService,
  DocumentType,
  DocumentView,
  MediaType,
  UploadDocumentFields,
} from '@casetrail/documents';
import { Response } from 'express';
import fs from 'node:fs';
import { RequiresScope } from '../auth/auth.decorators';
import { ApiError } from '../http/api-error';
import { ApiErrorCode } from '../http/api-error-code';
import { ApiFileAnswer } from '../openapi/api-answers';
import { contentDisposition } from './content-disposition';
import { DocumentUploadInterceptor, UPLOAD_FILE_FIELD, UploadedDocumentFile } from './document-upload.interceptor';

const UPLOAD_SCHEMA = {
  type: 'object',
  required: [UPLOAD_FILE_FIELD],
  properties: {
    [UPLOAD_FILE_FIELD]: { type: 'string', format: 'binary', description: 'PDF, plain text, Markdown or HTML' },
    case: { type: 'string', description: 'Case id or slug' },
    documentType: { type: 'string', enum: Object.values(DocumentType) },
    entryNumber: { type: 'integer' },
    filedOn: { type: 'string', format: 'date' },
    title: { type: 'string' },
    sourceUrl: { type: 'string', format: 'uri' },
  },
};

@ApiTags('documents')
@ApiBearerAuth()
@Controller('api/v1/documents')
export class DocumentsController {
  constructor(
    private readonly ingest: DocumentIngestService,
    private readonly documents: DocumentsService,
  ) {}

  @Post()
  @RequiresScope(ApiKeyScope.Ingest)
  @UseInterceptors(DocumentUploadInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: UPLOAD_SCHEMA })
  @ApiCreatedResponse({ description: 'A new document, queued for extraction (`Location` names it)' })
  @ApiOkResponse({ description: 'These bytes were stored already: the existing document' })
  @ApiOperation({
    summary: 'Upload a filing (ingest scope): 201 when new, 200 with the existing document for bytes already stored',
  })
  async upload(
    @UploadedFile() file: UploadedDocumentFile | undefined,
    @Body() fields: UploadDocumentFields,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DocumentView> {
    if (!file) {
      throw new ApiError(ApiErrorCode.FileMissing, `Send the document as the multipart part "${UPLOAD_FILE_FIELD}".`);
    }
    const result = await this.ingest.ingest({
      file: { path: file.path, byteSize: file.byteSize, sha256: file.sha256 },
      fileName: file.originalname || 'upload',
      declaredMediaType: file.mimetype,
      ...fields,
    });
    response.status(result.created ? 201 : 200);
    response.setHeader('Location', documentPath(result.documentId));
    return this.documents.get(result.documentId);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A document: metadata, status, failure reason, text layer, page count, case' })
  get(@Param('id') id: string): Promise<DocumentView> {
    return this.documents.get(id);
  }

  @Get(':id/file')
  @ApiOperation({ summary: 'The original bytes, with their content type' })
  @ApiFileAnswer(200, 'The file as uploaded (HTML and Markdown as attachments)', {
    [MediaType.Pdf]: 'binary',
    [MediaType.PlainText]: 'text',
    [MediaType.Markdown]: 'text',
    [MediaType.Html]: 'text',
  })
  async file(@Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<StreamableFile> {
    const file = await this.documents.file(id);
    response.setHeader('ETag', `"${file.sha256}"`);
    // Uploaded HTML is never rendered from the API's origin.
    const kind = file.mediaType === MediaType.Pdf || file.mediaType.startsWith('text/plain') ? 'inline' : 'attachment';
    return new StreamableFile(fs.createReadStream(file.path), {
      type: file.mediaType,
      length: file.byteSize,
      disposition: contentDisposition(kind, file.fileName),
    });
  }

  @Get(':id/citations')
  @ApiOperation({
    summary: 'The citations found in the text: cases, statutes, dockets, ECF entries, with page and resolution',
  })
  citations(@Param('id') id: string): Promise<DocumentCitationsView> {
    return this.documents.citationsOf(id);
  }

  @Get(':id/pages/:number')
  @ApiOperation({ summary: 'The text of one page (1-based)' })
  page(@Param('id') id: string, @Param('number', ParseIntPipe) number: number): Promise<DocumentPageView> {
    return this.documents.getPage(id, number);
  }
}
