import { Transform } from 'class-transformer';

const DECIMAL_INTEGER = /^[+-]?\d{1,15}$/;

/**
 * Reads a query-string integer written in decimal digits only. `@Type(() => Number)` would
 * accept `0x10`, `1e1`, ` 16 ` or `0b1`; those stay strings here and fail `@IsInt()`.
 */
export function DecimalInteger(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : value,
  );
}
