import { rows, SqlRunner } from './sql-rows';

/** A runner that answers with a fixed driver result: the shapes TypeORM's PostgreSQL driver returns. */
const answering = (result: unknown): SqlRunner & { calls: unknown[][] } => {
  const calls: unknown[][] = [];
  return {
    calls,
    query: (sql, parameters) => {
      calls.push([sql, parameters]);
      return Promise.resolve(result);
    },
  };
};

describe('rows', () => {
  it('returns the rows of a SELECT or INSERT … RETURNING as they come', async () => {
    await expect(rows(answering([{ id: 'a' }, { id: 'b' }]), 'SELECT id FROM t')).resolves.toEqual([
      { id: 'a' },
      { id: 'b' },
    ]);
    await expect(rows(answering([]), 'SELECT id FROM t')).resolves.toEqual([]);
  });

  it('unwraps the [rows, affected] pair of UPDATE … RETURNING', async () => {
    await expect(rows(answering([[{ id: 'a' }], 1]), 'UPDATE t SET x = 1 RETURNING id')).resolves.toEqual([
      { id: 'a' },
    ]);
    await expect(rows(answering([[], 0]), 'UPDATE t SET x = 1 RETURNING id')).resolves.toEqual([]);
  });

  it('passes the parameters through in order', async () => {
    const runner = answering([]);
    await rows(runner, 'SELECT $1, $2', ['pending', 3]);
    expect(runner.calls).toEqual([['SELECT $1, $2', ['pending', 3]]]);
  });
});
