import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { HTTP_STATUS_BY_CODE } from '../http/api-error-code';
import { describeResponses, ResponseSchemas } from './describe-responses';
import bundledResponseSchemas from './response-schemas.generated.json';

/**
 * The OpenAPI document of the API: what Nest's decorators describe (routes, parameters, bodies), plus the
 * 2xx schemas generated from the controllers' TypeScript return types and the error envelope on every
 * operation. `/docs-json` serves it; `libs/sdk/openapi.json` is its committed copy.
 */
export function createOpenApiDocument(
  app: INestApplication,
  responseSchemas: ResponseSchemas = bundledResponseSchemas as unknown as ResponseSchemas,
): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Casetrail API')
    .setDescription('Cases, filings, dockets, terms of service and alerts for AI and IP litigation.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  return describeResponses(document, responseSchemas, Object.keys(HTTP_STATUS_BY_CODE).sort());
}
