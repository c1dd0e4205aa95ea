import { createCasetrailClient } from '@casetrail/sdk';

/** The public API at the same origin, read without a key (reads are public by default). */
export const publicApi = createCasetrailClient({ baseUrl: window.location.origin });

const keyed = new Map<string, ReturnType<typeof createCasetrailClient>>();

/** A client that sends the reader's API key (for subscriptions, which need one). */
export function apiWithKey(apiKey: string): ReturnType<typeof createCasetrailClient> {
  let client = keyed.get(apiKey);
  if (!client) {
    client = createCasetrailClient({ baseUrl: window.location.origin, apiKey });
    keyed.clear();
    keyed.set(apiKey, client);
  }
  return client;
}

/** The API's error envelope turned into an Error whose message is the API's own. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Unwraps an openapi-fetch answer: the data, or an ApiError with the API's message. */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<NonNullable<T>> {
  let outcome: Outcome<T>;
  try {
    outcome = await call;
  } catch {
    throw new ApiError(0, 'network_error', 'Casetrail could not be reached. Check your connection and try again.');
  }
  const { data, error, response } = outcome;
  if (error !== undefined || !response.ok || data === undefined || data === null) {
    const envelope = (error ?? {}) as { error?: { code?: string; message?: string } };
    throw new ApiError(
      response.status,
      envelope.error?.code ?? 'http_error',
      envelope.error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
    );
  }
  return data as NonNullable<T>;
}

/** A link to an API resource (files, exports, pictures), for <a href> and <img src>. */
export function apiUrl(path: string, query: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(name, String(value));
  const suffix = params.toString();
  return suffix ? `${path}?${suffix}` : path;
}
