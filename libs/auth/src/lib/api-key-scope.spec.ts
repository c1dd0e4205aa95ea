import { ApiKeyScope, scopeAllows } from './api-key-scope';

describe('scopeAllows', () => {
  it.each([
    [ApiKeyScope.Read, ApiKeyScope.Read, true],
    [ApiKeyScope.Read, ApiKeyScope.Ingest, false],
    [ApiKeyScope.Ingest, ApiKeyScope.Read, true],
    [ApiKeyScope.Ingest, ApiKeyScope.Admin, false],
    [ApiKeyScope.Admin, ApiKeyScope.Ingest, true],
  ])('%s key for a %s action: %s', (granted, required, allowed) => {
    expect(scopeAllows(granted, required)).toBe(allowed);
  });
});
