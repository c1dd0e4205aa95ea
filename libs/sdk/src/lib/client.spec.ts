import http from 'node:http';
import { AddressInfo } from 'node:net';
import { CasetrailApiError, createCasetrailClient, unwrap } from './client';

interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
}

describe('createCasetrailClient', () => {
  const seen: Seen[] = [];
  let server: http.Server;
  let baseUrl: string;

  beforeAll(async () => {
    server = http.createServer((request, response) => {
      seen.push({ method: request.method ?? '', url: request.url ?? '', authorization: request.headers.authorization });
      response.setHeader('Content-Type', 'application/json');
      if (request.url?.startsWith('/api/v1/cases/missing')) {
        response.statusCode = 404;
        response.end(
          JSON.stringify({ error: { code: 'case_not_found', message: 'No such case.', details: { case: 'missing' } } }),
        );
        return;
      }
      response.end(JSON.stringify({ items: [], nextCursor: null }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => seen.splice(0));

  it('sends the key as a bearer token and the query as given', async () => {
    const sut = createCasetrailClient({ baseUrl, apiKey: 'ct_secret' });
    const page = unwrap(await sut.GET('/api/v1/cases', { params: { query: { limit: 2, court: 'cand' } } }));
    expect(page).toEqual({ items: [], nextCursor: null });
    expect(seen).toEqual([
      { method: 'GET', url: '/api/v1/cases?limit=2&court=cand', authorization: 'Bearer ct_secret' },
    ]);
  });

  it('sends no Authorization header without a key', async () => {
    const sut = createCasetrailClient({ baseUrl });
    await sut.GET('/api/v1/cases');
    expect(seen[0].authorization).toBeUndefined();
  });

  it('turns an error envelope into a CasetrailApiError with its status, code and details', async () => {
    const sut = createCasetrailClient({ baseUrl });
    const result = await sut.GET('/api/v1/cases/{idOrSlug}', { params: { path: { idOrSlug: 'missing' } } });
    expect(result.error?.error.code).toBe('case_not_found');
    expect(() => unwrap(result)).toThrow(CasetrailApiError);
    try {
      unwrap(result);
    } catch (error) {
      expect(error).toMatchObject({ status: 404, code: 'case_not_found', details: { case: 'missing' } });
    }
  });

  it('uses the fetch it is given', async () => {
    const urls: string[] = [];
    const sut = createCasetrailClient({
      baseUrl,
      fetch: (input) => {
        urls.push(input.url);
        return fetch(input);
      },
    });
    await sut.GET('/api/v1/cases');
    expect(urls).toEqual([`${baseUrl}/api/v1/cases`]);
  });
});
