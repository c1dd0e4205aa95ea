import { diffVersions, wordDiff } from './diff';
import { TosError, TosErrorCode } from '../tos-error';
import type { KeyedClause } from './types';

const heading = (key: string, text: string, ordinal: number): KeyedClause => ({
  key,
  kind: 'heading',
  headingPath: [],
  ordinal,
  label: null,
  level: 2,
  text,
});
const text = (key: string, body: string, ordinal: number, headingPath = ['A']): KeyedClause => ({
  key,
  kind: 'text',
  headingPath,
  ordinal,
  label: null,
  level: null,
  text: body,
});

describe('wordDiff', () => {
  it('returns merged equal/insert/delete operations', () => {
    expect(wordDiff('use output from the Services to develop', 'Use Output to develop')).toEqual([
      { op: 'delete', text: 'use output from the Services' },
      { op: 'insert', text: 'Use Output' },
      { op: 'equal', text: ' to develop' },
    ]);
  });
});

describe('diffVersions', () => {
  const prev = [
    heading('a', 'A', 1),
    text('x', 'First clause.', 2),
    text('y', 'Second clause.', 3),
    heading('b', 'B', 4),
    text('z', 'Third clause.', 5, ['B']),
  ];

  it('reports nothing for identical versions or for typography and renumbering only', () => {
    expect(diffVersions(prev, prev)).toEqual([]);
    const retyped = prev.map((c) => (c.key === 'x' ? { ...c, text: 'First\u00a0clause.', label: '(a)' } : c));
    expect(diffVersions(prev, retyped)).toEqual([]);
  });

  it('reports added, removed, modified and moved clauses in document order', () => {
    const next = [
      heading('a', 'A', 1),
      text('y', 'Second clause.', 2),
      text('new', 'New clause.', 3),
      heading('b', 'B', 4),
      text('z', 'Third clause, amended.', 5, ['B']),
      text('x', 'First clause.', 6, ['B']),
    ];
    const changes = diffVersions(prev, next);
    expect(changes.map((c) => [c.kind, c.key])).toEqual([
      ['added', 'new'],
      ['modified', 'z'],
      ['moved', 'x'],
    ]);
    expect(changes[1].wordDiff).toEqual([
      { op: 'equal', text: 'Third clause' },
      { op: 'insert', text: ', amended' },
      { op: 'equal', text: '.' },
    ]);
    const removed = diffVersions(
      prev,
      next.filter((c) => c.key !== 'x'),
    );
    expect(removed.find((c) => c.key === 'x')).toMatchObject({ kind: 'removed', after: null });
  });

  it('rejects duplicate keys', () => {
    expect(() => diffVersions([...prev, prev[1]], prev)).toThrow(TosError);
    try {
      diffVersions(prev, [...prev, prev[1]]);
    } catch (e) {
      expect((e as TosError).code).toBe(TosErrorCode.DuplicateClauseKey);
    }
  });
});
