import express from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { loadWebBuild, serveWebApp, WEB_CONTENT_SECURITY_POLICY } from './web-app';

describe('serving the built web app at /', () => {
  let dir: string;
  let app: express.Express;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casetrail-web-build-'));
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
    fs.writeFileSync(
      path.join(dir, 'routes.json'),
      JSON.stringify({ patterns: ['^/$', '^/cases/[^/]+/?$', '^/tos/[^/]+/[^/]+/diff/?$'] }),
    );
    const build = loadWebBuild(dir);
    app = express();
    serveWebApp(app, build);
    app.use((_request, response) => {
      response.status(404).json({ error: { code: 'route_not_found' } });
    });
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['/', '/cases/bartz-v-anthropic', '/tos/chatgpt/commercial-terms/diff'])(
    'answers the page %s with index.html, 200 and the strict CSP',
    async (page) => {
      const response = await request(app).get(page).expect(200);
      expect(response.text).toContain('<div id="root">');
      expect(response.headers['content-security-policy']).toBe(WEB_CONTENT_SECURITY_POLICY);
      expect(WEB_CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    },
  );

  it.each(['/no-such-page', '/cases', '/cases/a/b', '/index.html'])(
    'answers %s, which is no page of the app, with index.html and 404',
    async (page) => {
      const response = await request(app).get(page).expect(404);
      expect(response.text).toContain('<div id="root">');
    },
  );

  it('leaves /api, /docs and /health to the API', async () => {
    for (const route of ['/api/v1/nothing', '/docs', '/health']) {
      const response = await request(app).get(route).expect(404);
      expect(response.body).toEqual({ error: { code: 'route_not_found' } });
    }
  });

  it('serves hashed assets with a long cache and answers a missing asset with a plain 404', async () => {
    const asset = await request(app).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const missing = await request(app).get('/assets/index-gone.js').expect(404);
    expect(missing.text).toBe('Not found');
  });

  it('serves no pages when the web app was not built', () => {
    expect(loadWebBuild(path.join(dir, 'missing'))).toBeNull();
  });
});
