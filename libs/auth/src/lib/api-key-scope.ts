export enum ApiKeyScope {
  Read = 'read',
  Ingest = 'ingest',
  Admin = 'admin',
}

export const API_KEY_SCOPES = Object.values(ApiKeyScope);

const RANK: Record<ApiKeyScope, number> = { [ApiKeyScope.Read]: 0, [ApiKeyScope.Ingest]: 1, [ApiKeyScope.Admin]: 2 };

/** Scopes are ordered: admin can do what ingest can, ingest what read can. */
export function scopeAllows(granted: ApiKeyScope, required: ApiKeyScope): boolean {
  return RANK[granted] >= RANK[required];
}
