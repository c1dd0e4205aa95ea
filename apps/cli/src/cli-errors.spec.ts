import { CommonError, CommonErrorCode } from '@casetrail/core';
import { CasesError, CasesErrorCode } from '@casetrail/cases';
import { ExitCode, exitCodeFor } from './cli-errors';

describe('exitCodeFor', () => {
  it('maps not-found codes to 3, other domain errors to 4 and anything else to 1', () => {
    expect(exitCodeFor(new CasesError(CasesErrorCode.CaseNotFound, 'x'))).toBe(ExitCode.NotFound);
    expect(exitCodeFor(new CommonError(CommonErrorCode.InvalidCursor, 'x'))).toBe(ExitCode.InvalidInput);
    expect(exitCodeFor(new Error('boom'))).toBe(ExitCode.Failure);
  });
});
