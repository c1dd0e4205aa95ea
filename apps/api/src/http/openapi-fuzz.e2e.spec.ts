import { ApiKeyScope } from '@casetrail/auth';
import { SeedService } from '@casetrail/cases';
import fc from 'fast-check';
import request from 'supertest';
import { createTestApi, TestApi } from '../testing/test-api';

/**
 * Walks every operation of the API's own OpenAPI document (`/docs-json`) with generated bad
 * values (wrong types, nulls, NUL bytes, lone surrogates, huge numbers, hex integers, deep
 * nesting, unknown fields, garbage bodies) and asserts that nothing answers 5xx. Deterministic
 * (fixed seed) and bounded: CASETRAIL_FUZZ_RUNS requests per operation (default 16).
 * URLs are only ever loopback or invalid: no request may leave the machine.
 */

interface Schema {
  type?: string;
  enum?: unknown[];
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
}
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Probe {
  path: string;
  query: string;
  auth: 'admin' | 'none' | 'bogus';
  body?:
    | { kind: 'json'; raw: string }
    | { kind: 'multipart'; fields: [string, string][]; file: boolean }
    | { kind: 'raw'; type: string; raw: string };
  headers: Record<string, string>;
}

const RUNS = Number(process.env['CASETRAIL_FUZZ_RUNS'] ?? 16);
const SEED = 20_261_205;

const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfff',
  '😀',
  "'; DROP TABLE cases; --",
  '%00',
  '../../etc/passwd',
  '0x10',
  '1e309',
  '-1',
  '9'.repeat(40),
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  'eyJmIjpudWxsLCJpZCI6IngifQ',
  '2024-13-45',
  '0000-00-00',
  '9999-12-31T99:99:99Z',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'a'.repeat(3000),
  '<script>alert(1)</script>',
  '\\',
  '"',
  'Ω≈ç√∫˜µ≤',
];
// Only loopback or unparseable URLs: a webhook or ToS source must never reach outside the machine.
const NASTY_URLS = [
  'http://127.0.0.1:9/hook',
  'http://[::127.0.0.1]/',
  'http://[2002:7f00:1::1]/',
  'ftp://127.0.0.1/',
  'http://',
  'not a url',
  'javascript:alert(1)',
];

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom('a\u0000b', '\ud800', 'x\udfff\u0000') },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const nastyScalar = fc.oneof(
  nastyString,
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1e308, -1e308, 2 ** 53, 0.5),
  fc.integer(),
);
const wild = fc.oneof(nastyScalar, fc.jsonValue({ maxDepth: 2 }), fc.constant({}), fc.constant([]));

function isUrlField(name: string, schema: Schema): boolean {
  return schema.format === 'uri' || /url$/i.test(name);
}

function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema {
  if (!schema) return {};
  if (schema.$ref) return doc.components?.schemas?.[schema.$ref.split('/').pop() ?? ''] ?? {};
  return schema;
}

const GOOD_WORDS = ['bartz-v-anthropic', 'nyt-v-microsoft-openai', 'OpenAI', 'fair use', 'nysd', 'Terms of Service'];
const GOOD_DATES = ['2023-12-27', '2024-06-01', '2025-06-23'];

/** A plausible value, so that a request gets past validation when its other fields are bad. */
function goodValueFor(
  doc: OpenApiDocument,
  name: string,
  raw: Schema | undefined,
  depth: number,
): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (isUrlField(name, schema)) return fc.constant('http://127.0.0.1:9/hook');
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.type === 'object' || schema.properties)
    return depth > 2 ? fc.constant({}) : objectFor(doc, schema, depth + 1);
  if (schema.type === 'array') return fc.array(goodValueFor(doc, name, schema.items, depth + 1), { maxLength: 2 });
  if (schema.type === 'integer' || schema.type === 'number') return fc.integer({ min: 1, max: 50 });
  if (schema.type === 'boolean') return fc.boolean();
  if (schema.format === 'date' || /date|from$|to$|On$|At$/.test(name)) return fc.constantFrom(...GOOD_DATES);
  return fc.constantFrom(...GOOD_WORDS);
}

/** A value for a schema: mostly plausible, one time in three hostile (wrong type, null, NUL, ...). */
function valueFor(
  doc: OpenApiDocument,
  name: string,
  raw: Schema | undefined,
  depth = 0,
  hostile = true,
): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  if (!hostile) return goodValueFor(doc, name, schema, depth);
  let bad: fc.Arbitrary<unknown> = fc.oneof({ weight: 3, arbitrary: nastyString }, { weight: 1, arbitrary: wild });
  if (isUrlField(name, schema)) bad = fc.oneof(fc.constantFrom(...NASTY_URLS), nastyScalar);
  else if (schema.enum || schema.type === 'boolean') bad = nastyScalar;
  else if (schema.type === 'integer' || schema.type === 'number') bad = fc.oneof(fc.integer(), nastyScalar);
  else if (schema.type === 'array' || schema.type === 'object' || schema.properties) bad = wild;
  return fc.oneof({ weight: 2, arbitrary: goodValueFor(doc, name, schema, depth) }, { weight: 1, arbitrary: bad });
}

function objectFor(
  doc: OpenApiDocument,
  schema: Schema,
  depth = 0,
  hostile = true,
): fc.Arbitrary<Record<string, unknown>> {
  const required = new Set(schema.required ?? []);
  const entries = Object.entries(schema.properties ?? {}).map(([name, prop]) => {
    const entry = fc.tuple(fc.constant(name), valueFor(doc, name, prop, depth, hostile));
    // Required fields are usually there, optional ones half the time.
    return required.has(name)
      ? fc.oneof({ weight: 5, arbitrary: entry }, { weight: 1, arbitrary: fc.constant(undefined) })
      : fc.option(entry, { nil: undefined });
  });
  const extra = hostile ? fc.option(fc.tuple(nastyString, wild), { nil: undefined, freq: 8 }) : fc.constant(undefined);
  return fc.tuple(fc.tuple(...entries), extra).map(([present, unknownField]) => {
    const object: Record<string, unknown> = {};
    for (const entry of present) if (entry) object[entry[0]] = entry[1];
    if (unknownField) object[unknownField[0]] = unknownField[1];
    return object;
  });
}

/** Text as a client would put it in a URL; a lone surrogate goes as the raw bytes it would be. */
function encode(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

function deepJson(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** Probes of one operation: a third plausible except (maybe) one path parameter, two thirds hostile throughout. */
function probesFor(doc: OpenApiDocument, path: string, op: Operation, known: string[]): fc.Arbitrary<Probe> {
  return fc.oneof(
    probesOf(doc, path, op, known, false),
    probesOf(doc, path, op, known, true),
    probesOf(doc, path, op, known, true),
  );
}

function probesOf(
  doc: OpenApiDocument,
  path: string,
  op: Operation,
  known: string[],
  hostile: boolean,
): fc.Arbitrary<Probe> {
  const params = op.parameters ?? [];
  const pathValue = fc.oneof(
    { weight: hostile ? 2 : 5, arbitrary: fc.constantFrom(...known) },
    { weight: hostile ? 3 : 1, arbitrary: nastyScalar },
  );
  const pathArb = fc.tuple(
    ...params.filter((p) => p.in === 'path').map((p) => fc.tuple(fc.constant(p.name), pathValue)),
  );
  const queryArb = fc.tuple(
    fc.tuple(
      ...params
        .filter((p) => p.in === 'query')
        .map((p) =>
          fc.option(fc.tuple(fc.constant(p.name), valueFor(doc, p.name, p.schema, 0, hostile)), { nil: undefined }),
        ),
    ),
    hostile
      ? fc.option(fc.tuple(fc.constantFrom('key', 'token', 'stauts', 'limit[]', 'a\u0000'), nastyString), {
          nil: undefined,
          freq: 8,
        })
      : fc.constant(undefined),
  );
  const content = op.requestBody?.content ?? {};
  const types = Object.keys(content);
  let bodyArb: fc.Arbitrary<Probe['body']> = fc.constant(undefined);
  if (types.includes('application/json')) {
    const schema = resolve(doc, content['application/json'].schema);
    const object = objectFor(doc, schema, 0, hostile).map((o) => ({ kind: 'json' as const, raw: JSON.stringify(o) }));
    bodyArb = fc.oneof(
      { weight: hostile ? 6 : 1, arbitrary: object },
      {
        weight: hostile ? 2 : 0,
        arbitrary: fc
          .constantFrom('[]', 'null', '"x"', '1', '{}', '{"a":', deepJson(5000), `{"x":${deepJson(100_000)}}`, '\u0000')
          .map((raw) => ({ kind: 'json' as const, raw })),
      },
      {
        weight: hostile ? 1 : 0,
        arbitrary: wild.map((w) => ({ kind: 'json' as const, raw: JSON.stringify(w) ?? 'null' })),
      },
    );
  } else if (types.includes('multipart/form-data')) {
    const schema = resolve(doc, content['multipart/form-data'].schema);
    const fields = Object.entries(schema.properties ?? {}).filter(([, s]) => s.format !== 'binary');
    bodyArb = fc
      .tuple(
        fc.tuple(
          ...fields.map(([name, s]) =>
            fc.option(fc.tuple(fc.constant(name), valueFor(doc, name, s, 0, hostile)), { nil: undefined }),
          ),
        ),
        fc.boolean(),
      )
      .map(([present, file]) => ({
        kind: 'multipart' as const,
        fields: present
          .filter((f): f is [string, unknown] => f !== undefined)
          .map(([name, value]): [string, string] => [
            name,
            typeof value === 'string' ? value : (JSON.stringify(value) ?? ''),
          ]),
        file,
      }));
  } else if (types.length > 0) {
    bodyArb = fc
      .tuple(
        fc.constantFrom(...types, 'application/json', 'text/plain'),
        fc.oneof(
          nastyString,
          fc.constantFrom(
            '<html><body><table><tr><td>x</td></tr></table></body></html>',
            '<rss><channel><item></item></channel></rss>',
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><rss>&a;</rss>',
          ),
        ),
      )
      .map(([type, raw]) => ({ kind: 'raw' as const, type, raw }));
  }
  const headerArb = fc.oneof(
    { weight: hostile ? 8 : 100, arbitrary: fc.constant<Record<string, string>>({}) },
    { weight: 1, arbitrary: fc.constant<Record<string, string>>({ 'Content-Encoding': 'gzip' }) },
    { weight: 1, arbitrary: fc.constant<Record<string, string>>({ 'Content-Encoding': 'br' }) },
  );
  const authArb = hostile
    ? fc.constantFrom<Probe['auth']>('admin', 'admin', 'admin', 'admin', 'none', 'bogus')
    : fc.constant<Probe['auth']>('admin');
  return fc.record({ params: pathArb, query: queryArb, body: bodyArb, headers: headerArb, auth: authArb }).map((g) => {
    let concrete = path;
    for (const [name, value] of g.params) concrete = concrete.replace(`{${name}}`, encode(value));
    const pairs = [...g.query[0].filter((q) => q !== undefined), ...(g.query[1] ? [g.query[1]] : [])];
    const query = pairs.map(([name, value]) => `${encode(name)}=${encode(value)}`).join('&');
    return { path: concrete, query, auth: g.auth, body: g.body, headers: g.headers };
  });
}

describe('every OpenAPI operation with generated bad input', () => {
  let api: TestApi;
  let admin: string;
  const known: string[] = ['bartz-v-anthropic', 'nyt-v-microsoft-openai', 'ChatGPT', 'terms-of-use', '1'];

  beforeAll(async () => {
    api = await createTestApi({ rateLimit: { windowSeconds: 60, maxRequests: 1_000_000, maxAuthFailures: 1_000_000 } });
    await api.app.get(SeedService).seed();
    admin = await api.keyWithScope(ApiKeyScope.Admin);
    const subscription = await request(api.server)
      .post('/api/v1/subscriptions')
      .set('Authorization', `Bearer ${admin}`)
      .send({ target: { type: 'case', case: 'bartz-v-anthropic' }, channel: { type: 'feed' } })
      .expect(201);
    known.push(subscription.body.id as string);
    const { body: someCase } = await request(api.server).get('/api/v1/cases/bartz-v-anthropic').expect(200);
    known.push(someCase.id as string);
  });

  afterAll(() => api.close());

  it('never answers 5xx', async () => {
    const { body: doc } = (await request(api.server).get('/docs-json').expect(200)) as { body: OpenApiDocument };
    const failures: string[] = [];
    let sent = 0;
    const statuses = new Map<number, number>();
    let operations = 0;
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        operations += 1;
        const probes = fc.sample(probesFor(doc, path, op, known), { numRuns: RUNS, seed: SEED + operations });
        for (const probe of probes) {
          const url = probe.query ? `${probe.path}?${probe.query}` : probe.path;
          let req = request(api.server)[method as 'get' | 'post' | 'patch' | 'delete'](url).timeout(20_000);
          if (probe.auth === 'admin') req = req.set('Authorization', `Bearer ${admin}`);
          if (probe.auth === 'bogus') req = req.set('Authorization', 'Bearer ct_bogus\u00ff');
          for (const [name, value] of Object.entries(probe.headers)) req = req.set(name, value);
          const body = probe.body;
          if (body?.kind === 'json') req = req.set('Content-Type', 'application/json').send(body.raw);
          else if (body?.kind === 'raw') req = req.set('Content-Type', body.type).send(body.raw);
          else if (body?.kind === 'multipart') {
            for (const [name, value] of body.fields) req = req.field(name, value);
            if (body.file)
              req = req.attach('file', Buffer.from('A filing, plain text.\u0000'), {
                filename: 'f\u0000.txt',
                contentType: 'text/plain',
              });
          }
          sent += 1;
          const response = await req.then(
            (r) => r,
            (error: unknown) => ({ status: 599, body: String(error) }),
          );
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) {
            failures.push(
              `${method.toUpperCase()} ${url} ${JSON.stringify(body ?? null).slice(0, 300)} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`,
            );
          }
        }
      }
    }
    if (process.env['CASETRAIL_FUZZ_REPORT']) {
      const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`);
      process.stdout.write(
        `openapi fuzz: ${operations} operations, ${sent} requests, ${failures.length} answers 5xx (${byStatus.join(' ')})\n`,
      );
    }
    expect(operations).toBeGreaterThan(30);
    expect(sent).toBe(operations * RUNS);
    expect(failures).toEqual([]);
  });
});
