/** The committed files of the API contract, relative to the workspace root (`node tools/openapi.mjs` writes them). */
export const CONTRACT_FILES = {
  responseSchemas: 'apps/api/src/openapi/response-schemas.generated.json',
  document: 'libs/sdk/openapi.json',
  sdkTypes: 'libs/sdk/src/lib/openapi-types.ts',
} as const;
