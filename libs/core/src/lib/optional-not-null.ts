import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out but not sent as `null` (`@IsOptional()` lets `null` through, and a
 * not-null column then refuses it with a 500). Use it instead of `@IsOptional()`.
 */
export function OptionalNotNull(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}
