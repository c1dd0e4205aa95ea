// TEMPORARY stand-in for @casetrail/sdk until the contract branch (libs/sdk) is merged: the same
// factory over openapi-fetch, without the generated path types. Deleted at that merge.
import createClient from 'openapi-fetch';

export interface CasetrailClientOptions {
  baseUrl: string;
  apiKey?: string;
  fetch?: typeof fetch;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UntypedPaths = any;

export function createCasetrailClient({ baseUrl, apiKey, fetch: fetchImpl }: CasetrailClientOptions) {
  return createClient<UntypedPaths>({
    baseUrl,
    headers: apiKey ? { Authorization: `Bearer ${apiKey}` } : undefined,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}
