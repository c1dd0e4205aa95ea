import { AppConfig, isSecretQueryParameter, redactQuerySecrets, SECRET_HEADERS } from '@casetrail/config';
import { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Options } from 'pino-http';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

/** The serialized request as pino-http hands it to a serializer. */
interface LoggedRequest {
  url?: string;
  headers?: Record<string, unknown>;
  [field: string]: unknown;
}

/**
 * pino-http options of the API: a request id per request, no credentials in any line (the
 * Authorization, Cookie and X-API-Key headers, and keys or feed tokens sent in the query string).
 */
export function requestLoggingOptions(config: Pick<AppConfig, 'logLevel'>): Options {
  return {
    level: config.logLevel,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    redact: SECRET_HEADERS.map((name) => `req.headers["${name}"]`),
    serializers: {
      req: (request: LoggedRequest) => {
        if (typeof request.url === 'string') request.url = redactQuerySecrets(request.url);
        if (typeof request.query === 'object' && request.query !== null) {
          request.query = Object.fromEntries(
            Object.entries(request.query).map(([name, value]) => [name, isSecretQueryParameter(name) ? '***' : value]),
          );
        }
        return request;
      },
    },
    autoLogging: { ignore: (request: IncomingMessage) => request.url === '/health' },
  };
}
