import { OpenAPIObject, ParameterObject, ResponseObject } from '@nestjs/swagger';
import { ApiKeyScope } from '@casetrail/auth';
import { workspaceRoot } from '@casetrail/testing';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { HTTP_STATUS_BY_CODE } from '../http/api-error-code';
import { createTestApi, TestApi } from '../testing/test-api';
import { CONTRACT_FILES } from './contract-files';

const REGENERATE = 'regenerate with `node tools/openapi.mjs` and commit the result';
const root = workspaceRoot();
const committed = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** JSON pointers where two JSON values differ (at most `limit`), so that a drift names its place. */
function differences(a: unknown, b: unknown, at = '', found: string[] = [], limit = 20): string[] {
  if (found.length >= limit) return found;
  if (
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    a === null ||
    b === null ||
    Array.isArray(a) !== Array.isArray(b)
  ) {
    if (JSON.stringify(a) !== JSON.stringify(b)) found.push(at || '/');
    return found;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}/${key}`, found, limit);
  }
  return found;
}

function operations(document: OpenAPIObject) {
  return Object.entries(document.paths).flatMap(([route, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return operation ? [{ name: `${method.toUpperCase()} ${route}`, operation }] : [];
    }),
  );
}

describe('the API contract (libs/sdk/openapi.json)', () => {
  let api: TestApi;
  let served: OpenAPIObject;

  beforeAll(async () => {
    api = await createTestApi();
    served = (await request(api.server).get('/docs-json').expect(200)).body as OpenAPIObject;
  });

  afterAll(() => api.close());

  it(`is what the running app serves at /docs-json (else ${REGENERATE})`, () => {
    const file = JSON.parse(committed(CONTRACT_FILES.document)) as OpenAPIObject;
    expect(differences(served, file)).toEqual([]);
  });

  it(`has the response schemas of the controllers' return types and gives libs/sdk its types (else ${REGENERATE})`, () => {
    // A child process: openapi-typescript needs Node's require(esm), which Jest's module loader lacks.
    const check = spawnSync(process.execPath, [path.join(root, 'tools/openapi.mjs'), '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect({ status: check.status, stderr: check.stderr }).toEqual({ status: 0, stderr: expect.any(String) });
  }, 180_000);

  it('describes every 2xx answer of the ~40 operations with a schema or 204 No Content', () => {
    const all = operations(served);
    const undescribed = all.flatMap(({ name, operation }) => {
      const answers = Object.entries(operation.responses).filter(([status]) => /^2\d\d$/.test(status));
      if (answers.length === 0) return [`${name}: no 2xx answer`];
      return answers
        .filter(([status, answer]) => {
          if (status === '204') return false;
          const content = (answer as ResponseObject).content ?? {};
          const types = Object.values(content);
          return types.length === 0 || types.some((media) => !media.schema);
        })
        .map(([status]) => `${name}: ${status} without a schema`);
    });
    expect(all.length).toBeGreaterThanOrEqual(40);
    expect(undescribed).toEqual([]);
  });

  it('describes list answers as pages with items and nextCursor', () => {
    const schemas = served.components?.schemas ?? {};
    const pages = Object.keys(schemas).filter((name) => name.endsWith('Page'));
    expect(pages).toEqual(expect.arrayContaining(['CaseSummaryViewPage', 'DocumentViewPage', 'DocketEntryViewPage']));
    for (const name of pages) {
      expect({ name, required: (schemas[name] as { required?: string[] }).required }).toEqual({
        name,
        required: ['items', 'nextCursor'],
      });
    }
  });

  it('answers 4XX and 5XX on every operation with the error envelope, whose code enum is the code map', () => {
    const envelope = { $ref: '#/components/schemas/ErrorEnvelope' };
    for (const { name, operation } of operations(served)) {
      for (const range of ['4XX', '5XX']) {
        const answer = operation.responses[range] as ResponseObject | undefined;
        expect({ name, range, schema: answer?.content?.['application/json']?.schema }).toEqual({
          name,
          range,
          schema: envelope,
        });
      }
    }
    const codes = (served.components?.schemas?.['ErrorCode'] as { enum: string[] }).enum;
    expect([...codes].sort()).toEqual(Object.keys(HTTP_STATUS_BY_CODE).sort());
  });

  it('documents exactly the query parameters each operation accepts', async () => {
    const key = await api.keyWithScope(ApiKeyScope.Admin);
    const mismatches: string[] = [];
    for (const { name, operation } of operations(served)) {
      const [method, route] = name.split(' ');
      const documented = (operation.parameters ?? [])
        .filter((p): p is ParameterObject => 'in' in p && p.in === 'query')
        .map((p) => p.name)
        .sort();
      const url = `${route.replace(/\{[^}]+\}/g, 'x')}?zz_not_a_parameter=1`;
      const response = await request(api.server)
        [method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete'](url)
        .set('Authorization', `Bearer ${key}`);
      const allowed = (response.body as { error?: { code: string; details: { allowed?: string[] } } }).error;
      if (allowed?.code !== 'unknown_query_parameter') mismatches.push(`${name}: answered ${response.status}`);
      else if (JSON.stringify(allowed.details.allowed) !== JSON.stringify(documented)) {
        mismatches.push(`${name}: accepts ${allowed.details.allowed?.join(',')}, documents ${documented.join(',')}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
