export {
  CasetrailApiError,
  createCasetrailClient,
  unwrap,
  type CasetrailClient,
  type CasetrailClientOptions,
  type CasetrailPaths,
  type CasetrailSchemas,
  type ErrorCode,
  type ErrorEnvelope,
} from './lib/client';
export type { components, operations, paths } from './lib/openapi-types';
