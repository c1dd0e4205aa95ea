import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from './openapi-types';

export type CasetrailPaths = paths;
export type CasetrailSchemas = components['schemas'];
export type CasetrailClient = Client<paths>;
export type ErrorEnvelope = CasetrailSchemas['ErrorEnvelope'];
export type ErrorCode = CasetrailSchemas['ErrorCode'];

export interface CasetrailClientOptions {
  /** Where the API answers, e.g. `http://localhost:3000`, or `''` for the page's own origin. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <key>`; reads need none while the API allows public reads. */
  apiKey?: string;
  /** Defaults to the global `fetch`. */
  fetch?: (input: Request) => Promise<Response>;
  /** Extra headers on every request (e.g. `X-Request-Id`). */
  headers?: Record<string, string>;
}

/**
 * A typed client of the Casetrail API: `client.GET('/api/v1/cases/{idOrSlug}', { params: { path: { idOrSlug } } })`
 * answers `{ data, error, response }` with `data` typed from the OpenAPI document and `error` as the envelope
 * `{ error: { code, message, details } }`.
 */
export function createCasetrailClient(options: CasetrailClientOptions): CasetrailClient {
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) headers['Authorization'] = `Bearer ${options.apiKey}`;
  return createClient<paths>({ baseUrl: options.baseUrl, fetch: options.fetch, headers });
}

/** An answer with an error envelope, as an exception. */
export class CasetrailApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'CasetrailApiError';
  }
}

/** The data of a successful answer; throws `CasetrailApiError` for an error envelope. */
export function unwrap<T>(result: { data?: T; error?: ErrorEnvelope | unknown; response: Response }): T {
  if (result.error === undefined && result.response.ok) return result.data as T;
  const envelope = result.error as Partial<ErrorEnvelope> | undefined;
  const error = envelope?.error;
  if (error && typeof error.code === 'string') {
    throw new CasetrailApiError(result.response.status, error.code, error.message, error.details ?? {});
  }
  throw new Error(`HTTP ${result.response.status} without an error envelope`);
}
