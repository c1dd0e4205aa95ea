import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { DocumentsError, DocumentsErrorCode } from '@casetrail/documents';
import { catchError, from, mergeAll, Observable, throwError } from 'rxjs';

/** The part of a multipart upload that holds the file. */
export const UPLOAD_FILE_FIELD = 'file';

/** What multer hands the route for the `file` part (memory storage). */
export interface UploadedDocumentFile {
  buffer: Buffer;
  originalname: string;
  mimetype: string;
  size: number;
}

/**
 * Parses `multipart/form-data` with multer into memory, at most one file of the configured maximum
 * size (CASETRAIL_MAX_UPLOAD_BYTES). A larger file stops the upload as it streams in and answers
 * 413 `file_too_large`.
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const Multer = FileInterceptor(UPLOAD_FILE_FIELD, {
      limits: { fileSize: config.upload.maxBytes, files: 1, fields: 20, fieldSize: 16 * 1024, parts: 25 },
      // Browsers and curl send file names as raw UTF-8; multer's default reads them as Latin-1.
      defParamCharset: 'utf8',
    });
    this.multer = new Multer();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(Promise.resolve(this.multer.intercept(context, next))).pipe(
      mergeAll(),
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          const limitBytes = this.config.upload.maxBytes;
          return throwError(
            () =>
              new DocumentsError(
                DocumentsErrorCode.FileTooLarge,
                `The file is larger than the limit of ${limitBytes} bytes.`,
                { limitBytes },
              ),
          );
        }
        return throwError(() => error);
      }),
    );
  }
}
