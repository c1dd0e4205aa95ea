import { DOMAIN_ERROR_CODE_ENUMS, ERROR_CODE_PATTERN } from '@casetrail/runtime';
import { ApiErrorCode, HTTP_STATUS_BY_CODE } from './api-error-code';

describe('HTTP_STATUS_BY_CODE', () => {
  const domainCodes = Object.values(DOMAIN_ERROR_CODE_ENUMS).flatMap((values) => Object.values(values).map(String));

  it('has no HTTP-layer code that a domain enum also declares (one code, one enum)', () => {
    expect(Object.values(ApiErrorCode).filter((code) => domainCodes.includes(code))).toEqual([]);
    expect(Object.values(ApiErrorCode).filter((code) => !ERROR_CODE_PATTERN.test(code))).toEqual([]);
  });

  it('maps exactly the HTTP layer codes and every domain code', () => {
    expect(Object.keys(HTTP_STATUS_BY_CODE).sort()).toEqual([...Object.values(ApiErrorCode), ...domainCodes].sort());
  });
});
