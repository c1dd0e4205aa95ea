import { CasesError, CasesErrorCode } from '@casetrail/cases';
import { ConfigError } from '@casetrail/config';
import { CommonError, CommonErrorCode, DomainError } from '@casetrail/core';
import { NetError, NetErrorCode } from '@casetrail/net';
import { SearchError, SearchErrorCode } from '@casetrail/search';
import { DOMAIN_ERROR_CODE_ENUMS } from '@casetrail/runtime';
import { EXIT_CODE_BY_CODE, ExitCode, exitCodeFor } from './cli-errors';

class StrayError extends DomainError {}

describe('exitCodeFor', () => {
  it.each([
    ['case_not_found', new CasesError(CasesErrorCode.CaseNotFound, 'x'), ExitCode.NotFound],
    ['invalid_cursor', new CommonError(CommonErrorCode.InvalidCursor, 'x'), ExitCode.InvalidInput],
    // Issue 21: these two used to exit as "invalid input" because the CLI guessed from the suffix.
    ['fetch_timeout', new NetError(NetErrorCode.Timeout, 'x'), ExitCode.Unavailable],
    ['search_engine_unavailable', new SearchError(SearchErrorCode.EngineUnavailable, 'x'), ExitCode.Unavailable],
    ['invalid_configuration', new ConfigError(['x']), ExitCode.Config],
    ['a domain error with a code no enum declares', new StrayError('made_up', 'x'), ExitCode.Failure],
    ['anything else', new Error('boom'), ExitCode.Failure],
  ])('%s', (_label, error, expected) => {
    expect(exitCodeFor(error)).toBe(expected);
  });

  it('places every code of every domain enum, and nothing else', () => {
    const codes = Object.values(DOMAIN_ERROR_CODE_ENUMS).flatMap((values) => Object.values(values).map(String));
    expect(Object.keys(EXIT_CODE_BY_CODE).sort()).toEqual([...new Set(codes)].sort());
  });
});
