import { CommonError, CommonErrorCode } from './domain-error';
import { isUuid } from './uuid';

/**
 * Opaque keyset cursors: base64url JSON of the sort key of the last row served. Clients never
 * build them; a tampered cursor is a 400 (`invalid_cursor`), never a 500.
 */
export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * What each cursor field must hold. `int` is a safe integer ≥ 0; `digits` a decimal string (a bigint
 * column); `date` a real calendar day `YYYY-MM-DD`; `timestamp` an ISO 8601 instant; `string` any text.
 */
export type CursorField = 'string' | 'int' | 'digits' | 'uuid' | 'date' | 'timestamp';
export type CursorSchema = Record<string, CursorField>;
export type CursorOf<S extends CursorSchema> = { [K in keyof S]: S[K] extends 'int' ? number : string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fits(kind: CursorField, value: unknown): boolean {
  if (kind === 'int') return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  if (typeof value !== 'string') return false;
  switch (kind) {
    case 'string':
      return value.length <= 500;
    case 'digits':
      return /^\d{1,19}$/.test(value);
    case 'uuid':
      return isUuid(value);
    case 'date':
      return isCalendarDate(value);
    case 'timestamp':
      return TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
  }
}

function invalid(): CommonError {
  return new CommonError(CommonErrorCode.InvalidCursor, 'The cursor is not one this API issued.');
}

/**
 * The one cursor decoder of every list: the cursor must decode to a JSON object holding exactly the
 * schema's fields, each of the declared kind, so nothing forged ever reaches a SQL cast.
 */
export function decodeCursor<S extends CursorSchema>(cursor: string, schema: S): CursorOf<S> {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) throw invalid();
  const record = decoded as Record<string, unknown>;
  const keys = Object.keys(schema);
  if (Object.keys(record).length !== keys.length) throw invalid();
  for (const key of keys) {
    if (!Object.hasOwn(record, key) || !fits(schema[key], record[key])) throw invalid();
  }
  return record as CursorOf<S>;
}
