import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AppConfig } from '@casetrail/config';
import { json } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './app.module';
import { translateBodyParserErrors } from './http/body-parser-errors';
import { refuseUnsafeInput, UnsafeInputPipe } from './http/input-boundary';
import { createValidationPipe } from './http/validation.pipe';
import { createOpenApiDocument } from './openapi/openapi-document';
import { serveWebApp } from './web/web-app';

const JSON_BODY_LIMIT = '2mb';

export interface ApiAppOptions {
  config: AppConfig;
  databaseUrl: string;
  /** Tests keep Nest's own logs quiet. */
  bufferLogs?: boolean;
}

export async function createApiApp({
  config,
  databaseUrl,
  bufferLogs = true,
}: ApiAppOptions): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, databaseUrl), {
    bufferLogs,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  // Off by default: behind no proxy, X-Forwarded-For is whatever the client wrote (CASETRAIL_TRUST_PROXY).
  app.set('trust proxy', config.trustProxy);
  app.use(json({ limit: JSON_BODY_LIMIT }));
  app.use(translateBodyParserErrors);
  app.use(refuseUnsafeInput);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'validator.swagger.io'],
        },
      },
    }),
  );
  app.useGlobalPipes(new UnsafeInputPipe(), createValidationPipe());
  serveWebApp(app);

  SwaggerModule.setup('docs', app, () => createOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
  return app;
}
