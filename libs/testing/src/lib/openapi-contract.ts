import type { Middleware } from 'openapi-fetch';
import fs from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from './workspace';

/** The subset of OpenAPI 3.0 schemas that the Casetrail document uses. */
interface Schema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

interface Answer {
  content?: Record<string, { schema?: Schema }>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, Answer> }>>;
  components: { schemas: Record<string, Schema> };
}

let committed: OpenApiDocument | undefined;

/** The committed contract, `libs/sdk/openapi.json`. */
export function contractDocument(): OpenApiDocument {
  committed ??= JSON.parse(
    fs.readFileSync(path.join(workspaceRoot(), 'libs/sdk/openapi.json'), 'utf8'),
  ) as OpenApiDocument;
  return committed;
}

/**
 * Where `value` breaks `schema`, as `$.path: reason` lines. Objects are closed: a property the schema does
 * not name is a violation, so that an answer cannot carry fields its documented type lacks.
 */
export function schemaViolations(document: OpenApiDocument, schema: Schema, value: unknown, at = '$'): string[] {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = document.components.schemas[name];
    return target ? schemaViolations(document, target, value, at) : [`${at}: unknown schema ${schema.$ref}`];
  }
  if (value === null) return schema.nullable || Object.keys(schema).length === 0 ? [] : [`${at}: null`];
  if (schema.allOf) return schema.allOf.flatMap((part) => schemaViolations(document, part, value, at));
  const options = schema.oneOf ?? schema.anyOf;
  if (options) {
    const results = options.map((option) => schemaViolations(document, option, value, at));
    return results.some((r) => r.length === 0) ? [] : [`${at}: matches none of ${options.length} options`];
  }
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not in the enum`];
  switch (schema.type) {
    case undefined:
      return [];
    case 'string':
    case 'boolean':
      return typeof value === schema.type ? [] : [`${at}: expected ${schema.type}, got ${typeof value}`];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: expected number, got ${typeof value}`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected integer, got ${JSON.stringify(value)}`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: expected array, got ${typeof value}`];
      return schema.items
        ? value.flatMap((item, i) => schemaViolations(document, schema.items as Schema, item, `${at}[${i}]`))
        : [];
    case 'object':
      return objectViolations(document, schema, value, at);
  }
}

function objectViolations(document: OpenApiDocument, schema: Schema, value: unknown, at: string): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${at}: expected object`];
  const record = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  const found = (schema.required ?? []).filter((key) => !(key in record)).map((key) => `${at}.${key}: missing`);
  for (const [key, item] of Object.entries(record)) {
    const property = properties[key];
    if (property) found.push(...schemaViolations(document, property, item, `${at}.${key}`));
    else if (typeof schema.additionalProperties === 'object') {
      found.push(...schemaViolations(document, schema.additionalProperties, item, `${at}.${key}`));
    } else if (schema.additionalProperties !== true) found.push(`${at}.${key}: not in the schema`);
  }
  return found;
}

/**
 * An openapi-fetch middleware that checks every answer against the committed document: its status is
 * documented for the operation, its content type is listed, and a JSON body fits the schema. Violations
 * are pushed to `violations`, for the test to assert that there are none.
 */
export function contractCheck(violations: string[], document: OpenApiDocument = contractDocument()): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      const where = `${request.method} ${schemaPath} → ${response.status}`;
      const operation = document.paths[schemaPath]?.[request.method.toLowerCase()];
      if (!operation) {
        violations.push(`${where}: no such operation in the document`);
        return undefined;
      }
      const status = String(response.status);
      const answer = operation.responses[status] ?? operation.responses[`${status[0]}XX`];
      if (!answer) {
        violations.push(`${where}: status not documented`);
        return undefined;
      }
      if (response.status === 204) return undefined;
      const mediaType = (response.headers.get('content-type') ?? '').split(';')[0].trim();
      const media = answer.content?.[mediaType];
      if (!media) {
        violations.push(`${where}: content type ${mediaType || '(none)'} not documented`);
        return undefined;
      }
      if (mediaType === 'application/json' && media.schema) {
        const body: unknown = await response.clone().json();
        violations.push(...schemaViolations(document, media.schema, body).map((v) => `${where}: ${v}`));
      }
      return undefined;
    },
  };
}
