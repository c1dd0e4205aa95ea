export { CommonError, CommonErrorCode, DomainError, isDomainError } from './lib/domain-error';
export { docketNumberCore, normalizeDocketNumber, parseDocketNumber } from './lib/docket-number';
export type { ParsedDocketNumber } from './lib/docket-number';
export { slugify } from './lib/slug';
export { decodeCursor, encodeCursor } from './lib/cursor';
export type { CursorField, CursorOf, CursorSchema } from './lib/cursor';
export { DEFAULT_PAGE_LIMIT, pageLimit, toPage } from './lib/page';
export type { Page } from './lib/page';
export { isUuid } from './lib/uuid';
export { escapeLike } from './lib/sql-like';
export { rows } from './lib/sql-rows';
export type { SqlRunner } from './lib/sql-rows';
export { sha256Hex } from './lib/hash';
export { mapConcurrent } from './lib/map-concurrent';
export { monthNumber } from './lib/month-names';
export { PageQuery } from './lib/page-query';
export {
  ContentText,
  contentTextFields,
  findUnsafeInput,
  MAX_INPUT_DEPTH,
  stripUnsafeText,
  unsafeTextReason,
} from './lib/unsafe-text';
export type { UnsafeInput, UnsafeInputOptions } from './lib/unsafe-text';
export { DecimalInteger } from './lib/decimal-integer';
export { OptionalNotNull } from './lib/optional-not-null';
