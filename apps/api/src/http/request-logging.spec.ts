import express from 'express';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import request from 'supertest';
import { requestLoggingOptions } from './request-logging';

/** The API's real request logger on a real Express app, its lines captured. */
function loggedApp(): { app: express.Express; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  const app = express();
  app.use(pinoHttp(requestLoggingOptions({ logLevel: 'info' }), stream));
  app.get('/{*path}', (_request, response) => {
    response.status(401).json({});
  });
  return { app, lines };
}

describe('request logging', () => {
  it.each([
    ['?key=', '/api/v1/cases?key=ct_SECRET1'],
    ['?api_key=', '/api/v1/cases?limit=1&api_key=ct_SECRET1'],
    ['?token=', '/api/v1/subscriptions/abc/feed.atom?token=feed_SECRET1'],
    ['?access_token=', '/api/v1/cases?access_token=ct_SECRET1&q=x'],
  ])('never writes a credential sent as %s', async (_what, path) => {
    const { app, lines } = loggedApp();
    await request(app).get(path).expect(401);
    expect(lines.length).toBeGreaterThan(0);
    const logged = lines.join('\n');
    expect(logged).not.toContain('SECRET1');
    expect(logged).toContain('=***');
  });

  it('never writes the X-API-Key, Authorization or Cookie headers', async () => {
    const { app, lines } = loggedApp();
    await request(app)
      .get('/api/v1/cases')
      .set('X-API-Key', 'ct_SECRET2')
      .set('Authorization', 'Bearer ct_SECRET3')
      .set('Cookie', 'session=SECRET4')
      .expect(401);
    const logged = lines.join('\n');
    expect(logged).toContain('"url":"/api/v1/cases"');
    for (const secret of ['SECRET2', 'SECRET3', 'SECRET4']) expect(logged).not.toContain(secret);
  });

  it('keeps ordinary query parameters readable', async () => {
    const { app, lines } = loggedApp();
    await request(app).get('/api/v1/search?q=fair+use&limit=5').expect(401);
    expect(lines.join('\n')).toContain('/api/v1/search?q=fair+use&limit=5');
  });
});
