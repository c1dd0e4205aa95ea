import { DomainError } from '@casetrail/core';

export enum ConfigErrorCode {
  InvalidConfiguration = 'invalid_configuration',
}

export class ConfigError extends DomainError<ConfigErrorCode> {
  constructor(readonly problems: string[]) {
    super(
      ConfigErrorCode.InvalidConfiguration,
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      { problems },
    );
  }
}
