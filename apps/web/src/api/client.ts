import { CasetrailApiError, createCasetrailClient, unwrap as unwrapAnswer } from '@casetrail/sdk';

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

/** A failure without the API's error envelope: the network, or a proxy in between. */
export class TransportError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The HTTP status of a failed call, 0 when the API could not be reached. */
export function errorStatus(error: unknown): number {
  return error instanceof CasetrailApiError || error instanceof TransportError ? error.status : 0;
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an SDK call: its data, or the SDK's CasetrailApiError carrying the API's own message and code
 * (the pages show that message), or a TransportError when no envelope came back.
 */
export async function unwrap<T>(call: Promise<Outcome<T>>): Promise<NonNullable<T>> {
  let outcome: Outcome<T>;
  try {
    outcome = await call;
  } catch {
    throw new TransportError(0, 'Casetrail could not be reached. Check your connection and try again.');
  }
  let data: T;
  try {
    data = unwrapAnswer(outcome);
  } catch (error) {
    if (error instanceof CasetrailApiError) throw error;
    const { status, statusText } = outcome.response;
    throw new TransportError(status, `The server answered ${status} ${statusText}.`);
  }
  if (data === undefined || data === null) throw new TransportError(outcome.response.status, 'The answer was empty.');
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
