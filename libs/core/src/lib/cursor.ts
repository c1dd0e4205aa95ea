import { CommonError, CommonErrorCode } from './domain-error';

/**
 * Opaque keyset cursors: base64url JSON of the sort key of the last row served. Clients never
 * build them; a tampered cursor is a 400, not a 500.
 */
export function encodeCursor(position: Record<string, string | number | null>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor<T extends Record<string, string | number | null>>(
  cursor: string,
  keys: readonly (keyof T & string)[],
): T {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CommonError(CommonErrorCode.InvalidCursor, 'The cursor is not one this API issued.');
  }
  if (typeof decoded !== 'object' || decoded === null) {
    throw new CommonError(CommonErrorCode.InvalidCursor, 'The cursor is not one this API issued.');
  }
  const record = decoded as Record<string, unknown>;
  for (const key of keys) {
    const value = record[key];
    if (!(key in record) || !(value === null || typeof value === 'string' || typeof value === 'number')) {
      throw new CommonError(CommonErrorCode.InvalidCursor, 'The cursor is not one this API issued.');
    }
  }
  return record as T;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
