import { CommonError, CommonErrorCode } from './domain-error';
import { decodeCursor, encodeCursor } from './cursor';

const ID = '0b9f6a2e-5a51-4f0e-9d0c-3b1f8e2f4a10';
const base64 = (json: string) => Buffer.from(json, 'utf8').toString('base64url');

describe('cursor', () => {
  it('round-trips a keyset position of every field kind', () => {
    const position = { f: '0001-01-01', id: ID, s: 7, q: '123456789012', t: '2026-12-05T16:04:39.123Z', k: 'page' };
    const schema = { f: 'date', id: 'uuid', s: 'int', q: 'digits', t: 'timestamp', k: 'string' } as const;
    expect(decodeCursor(encodeCursor(position), schema)).toEqual(position);
  });

  it.each([
    ['not base64 JSON', 'not-base64-json'],
    ['a JSON array', base64('[1]')],
    ['JSON null', base64('null')],
    ['a missing field', encodeCursor({ f: '2024-08-19' })],
    ['an extra field', encodeCursor({ f: '2024-08-19', id: ID, x: 1 })],
    // The forged cursor of issue 21: {"f":null,"id":"x"}
    ['null and a non-UUID', 'eyJmIjpudWxsLCJpZCI6IngifQ'],
    ['a non-UUID id', encodeCursor({ f: '2024-08-19', id: 'x' })],
    ['a date that does not exist', encodeCursor({ f: '2024-02-30', id: ID })],
    ['a date in another format', encodeCursor({ f: '19/08/2024', id: ID })],
    ['a number where a date belongs', encodeCursor({ f: 20240819, id: ID })],
  ])('rejects %s with invalid_cursor', (_label, cursor) => {
    let error: unknown;
    try {
      decodeCursor(cursor, { f: 'date', id: 'uuid' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CommonError);
    expect((error as CommonError).code).toBe(CommonErrorCode.InvalidCursor);
  });

  it.each([
    ['a negative int', { s: -1 }, { s: 'int' }],
    ['a fractional int', { s: 1.5 }, { s: 'int' }],
    ['an int as a string', { s: '1' }, { s: 'int' }],
    ['digits with a sign', { s: '-1' }, { s: 'digits' }],
    ['a timestamp without a zone', { t: '2026-12-05T16:04:39' }, { t: 'timestamp' }],
    ['a timestamp that does not exist', { t: '2026-13-05T16:04:39Z' }, { t: 'timestamp' }],
  ] as const)('rejects %s', (_label, position, schema) => {
    expect(() => decodeCursor(encodeCursor(position), schema)).toThrow(CommonError);
  });
});
