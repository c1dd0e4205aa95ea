import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@casetrail/config';
import { CommonError, CommonErrorCode } from '@casetrail/core';
import { DocumentsError, DocumentsErrorCode, StagedFile } from '@casetrail/documents';
import busboy from 'busboy';
import { Request } from 'express';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { finalize, from, mergeMap, Observable } from 'rxjs';
import { ApiError } from '../http/api-error';
import { ApiErrorCode } from '../http/api-error-code';

/** The part of a multipart upload that holds the file. */
export const UPLOAD_FILE_FIELD = 'file';

/** Seconds a client refused for too many uploads in flight is asked to wait. */
const RETRY_AFTER_SECONDS = 5;

/** The `file` part, streamed to a staging file on disk with its size and SHA-256 computed on the way. */
export interface UploadedDocumentFile extends StagedFile {
  originalname: string;
  mimetype: string;
}

interface ReceivedUpload {
  fields: Record<string, string>;
  file?: UploadedDocumentFile;
}

/**
 * Streams `multipart/form-data` uploads to a staging file (under the data directory, on the blob
 * store's file system so that storing it is a rename), never into memory: at most one file of
 * CASETRAIL_MAX_UPLOAD_BYTES (larger answers 413 `file_too_large` as it streams in), and at most
 * CASETRAIL_MAX_CONCURRENT_UPLOADS uploads at once (one more answers 503 `too_many_uploads` with
 * Retry-After before its body is read). The staging file is removed when the request ends, however
 * it ends: a cut-off upload leaves nothing behind.
 */
@Injectable()
export class DocumentUploadInterceptor implements NestInterceptor {
  private inFlight = 0;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { file?: UploadedDocumentFile }>();
    const { maxConcurrent } = this.config.upload;
    if (this.inFlight >= maxConcurrent) {
      throw new ApiError(
        ApiErrorCode.TooManyUploads,
        `${maxConcurrent} uploads are already in progress; retry in ${RETRY_AFTER_SECONDS} s.`,
        { maxConcurrent, retryAfterSeconds: RETRY_AFTER_SECONDS },
        // The body is not read: close the connection rather than drain it.
        { 'Retry-After': String(RETRY_AFTER_SECONDS), Connection: 'close' },
      );
    }
    this.inFlight += 1;
    let staged: string | undefined;
    return from(this.receive(request, (file) => (staged = file))).pipe(
      mergeMap(({ fields, file }) => {
        request.body = fields;
        request.file = file;
        return next.handle();
      }),
      finalize(() => {
        this.inFlight -= 1;
        // Ingest moves the file into the blob store; whatever is left was refused or cut off.
        if (staged) fs.rm(staged, { force: true }, () => undefined);
      }),
    );
  }

  private receive(request: Request, onStaged: (file: string) => void): Promise<ReceivedUpload> {
    if (!request.is('multipart/form-data')) return Promise.resolve({ fields: {} });
    const { maxBytes } = this.config.upload;
    const dir = path.join(this.config.dataDir, 'uploads');
    return new Promise<ReceivedUpload>((resolve, reject) => {
      const fields: Record<string, string> = {};
      let file: Promise<UploadedDocumentFile> | undefined;
      let failed = false;
      const fail = (error: unknown): void => {
        if (failed) return;
        failed = true;
        request.unpipe(parser);
        request.resume();
        reject(error);
      };
      const parser = busboy({
        headers: request.headers,
        defParamCharset: 'utf8',
        limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 16 * 1024, parts: 25 },
      });
      parser.on('field', (name, value) => (fields[name] = value));
      parser.on('file', (name, stream, info) => {
        if (name !== UPLOAD_FILE_FIELD || file) {
          stream.resume();
          fail(new CommonError(CommonErrorCode.ValidationFailed, `Unexpected file part "${name}".`, { part: name }));
          return;
        }
        const target = path.join(dir, `${randomBytes(12).toString('hex')}.part`);
        onStaged(target);
        stream.on('limit', () =>
          fail(
            new DocumentsError(
              DocumentsErrorCode.FileTooLarge,
              `The file is larger than the limit of ${maxBytes} bytes.`,
              { limitBytes: maxBytes },
            ),
          ),
        );
        file = stage(stream, target).then(({ byteSize, sha256 }) => ({
          path: target,
          byteSize,
          sha256,
          originalname: info.filename ?? '',
          mimetype: info.mimeType,
        }));
        file.catch(fail);
      });
      const tooMany = (what: string) => () =>
        fail(new CommonError(CommonErrorCode.ValidationFailed, `Too many ${what} in the upload.`, {}));
      parser.on('partsLimit', tooMany('parts'));
      parser.on('filesLimit', tooMany('files'));
      parser.on('fieldsLimit', tooMany('fields'));
      // busboy errors are malformed multipart input ("Malformed part header"): the client's fault, not ours.
      parser.on('error', (error: Error) =>
        fail(
          new CommonError(
            CommonErrorCode.ValidationFailed,
            `The multipart body could not be read: ${error.message}`,
            {},
          ),
        ),
      );
      parser.on('close', () => {
        if (failed) return;
        (file ?? Promise.resolve(undefined)).then((f) => resolve(f ? { fields, file: f } : { fields }), fail);
      });
      request.on('close', () => {
        if (!request.complete) fail(new Error('The upload was cut off.'));
      });
      fs.promises.mkdir(dir, { recursive: true }).then(() => request.pipe(parser), fail);
    });
  }
}

/** Writes the stream to a new file, flushed to disk, counting and hashing its bytes. */
async function stage(stream: NodeJS.ReadableStream, target: string): Promise<{ byteSize: number; sha256: string }> {
  const hash = createHash('sha256');
  let byteSize = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      byteSize += chunk.length;
      callback(null, chunk);
    },
  });
  await pipeline(stream, measure, fs.createWriteStream(target, { flags: 'wx', flush: true }));
  return { byteSize, sha256: hash.digest('hex') };
}
