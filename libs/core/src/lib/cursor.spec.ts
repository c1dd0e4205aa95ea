import { CommonError } from './domain-error';
import { decodeCursor, encodeCursor } from './cursor';

describe('cursor', () => {
  it('round-trips a keyset position', () => {
    const cursor = encodeCursor({ filedOn: '2024-08-19', id: 'abc' });
    expect(decodeCursor(cursor, ['filedOn', 'id'])).toEqual({ filedOn: '2024-08-19', id: 'abc' });
  });

  it.each(['not-base64-json', encodeCursor({ other: 1 }), Buffer.from('[1]').toString('base64url')])(
    'rejects a cursor it did not issue: %s',
    (cursor) => {
      expect(() => decodeCursor(cursor, ['id'])).toThrow(CommonError);
    },
  );
});
