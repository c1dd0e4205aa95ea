import { OpenAPIObject, ReferenceObject, ResponseObject, SchemaObject } from '@nestjs/swagger';

/** What `generate-response-schemas.ts` derives from the controllers' return types (committed as JSON). */
export interface ResponseSchemas {
  /** Named schemas, added to `components.schemas`. */
  schemas: Record<string, SchemaObject>;
  /** The JSON body of each operation's 2xx answer, by operation id (`CasesController_list`). */
  operations: Record<string, SchemaObject | ReferenceObject>;
}

export const ERROR_ENVELOPE = 'ErrorEnvelope';
export const ERROR_CODE = 'ErrorCode';
const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

function errorSchemas(codes: string[]): Record<string, SchemaObject> {
  return {
    [ERROR_CODE]: { type: 'string', enum: codes, description: 'Every code the API answers with (docs/api.md).' },
    [ERROR_ENVELOPE]: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message', 'details'],
          properties: {
            code: ref(ERROR_CODE),
            message: { type: 'string' },
            details: { type: 'object', additionalProperties: true },
          },
        },
      },
    },
  };
}

function errorResponse(description: string): ResponseObject {
  return { description, content: { 'application/json': { schema: ref(ERROR_ENVELOPE) } } };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Gives each 2xx answer without content, or with an `application/json` content without schema, the schema
 * generated for its operation, and adds the error envelope as every operation's 4XX and 5XX answer. Answers
 * that name only other content types (files, feeds) keep what their decorators say.
 */
export function describeResponses(
  document: OpenAPIObject,
  generated: ResponseSchemas,
  errorCodes: string[],
): OpenAPIObject {
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...generated.schemas, ...errorSchemas(errorCodes) },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const schema = operation.operationId ? generated.operations[operation.operationId] : undefined;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!response || !/^2\d\d$/.test(status) || status === '204' || !schema || '$ref' in response) continue;
        const content = (response.content ??= { 'application/json': {} });
        const json = content['application/json'];
        if (json && !json.schema) json.schema = schema;
      }
      operation.responses['4XX'] ??= errorResponse('The request was refused: see `error.code`.');
      operation.responses['5XX'] ??= errorResponse('The server or a dependency failed: see `error.code`.');
    }
  }
  return document;
}
