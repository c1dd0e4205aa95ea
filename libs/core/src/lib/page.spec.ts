import { decodeCursor } from './cursor';
import { pageLimit, toPage } from './page';

describe('toPage', () => {
  const rows = [{ n: 1 }, { n: 2 }, { n: 3 }];

  it('serves the first `limit` rows and a cursor of the last one when an extra row was fetched', () => {
    const page = toPage(rows, 2, (last) => ({ n: last.n }));
    expect(page.items).toEqual([{ n: 1 }, { n: 2 }]);
    expect(decodeCursor(page.nextCursor ?? '', { n: 'int' })).toEqual({ n: 2 });
  });

  it('has no next cursor when no extra row came back', () => {
    expect(toPage(rows, 3, (last) => ({ n: last.n }))).toEqual({ items: rows, nextCursor: null });
    expect(toPage([], 3, () => ({}))).toEqual({ items: [], nextCursor: null });
  });

  it('takes the limit from the query, or the list default', () => {
    expect(pageLimit({ limit: 7 })).toBe(7);
    expect(pageLimit({})).toBe(50);
    expect(pageLimit({}, 100)).toBe(100);
  });
});
