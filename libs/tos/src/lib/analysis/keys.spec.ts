import { diffVersions } from './diff';
import { assignClauseKeys, mintClauseKey } from './keys';
import { normalizeSnapshot } from './normalize';
import { segmentClauses } from './segment';
import type { Clause, KeyedClause } from './types';
import { findDocument, loadTosIndex, readVersion } from '../../testing/tos-corpus';

const clause = (text: string, extra: Partial<Clause> = {}): Clause => ({
  kind: 'text',
  headingPath: ['Terms'],
  ordinal: 1,
  label: null,
  level: null,
  text,
  ...extra,
});
const keyOf = (clauses: KeyedClause[], needle: string): string | undefined =>
  clauses.find((c) => c.text.includes(needle))?.key;

describe('mintClauseKey', () => {
  it('is readable and deterministic', () => {
    const c = clause('Use Output to develop models that compete with OpenAI.');
    expect(mintClauseKey(c)).toMatch(/^use-output-to-develop-models-that-[0-9a-f]{6}$/);
    expect(mintClauseKey(c)).toBe(mintClauseKey({ ...c, ordinal: 9, label: '(c)' }));
    expect(mintClauseKey(clause('数据 保护'))).toMatch(/^clause-[0-9a-f]{6}$/);
  });
});

describe('assignClauseKeys', () => {
  const v1 = assignClauseKeys(null, [
    clause('You must be at least 13 years old to use the Services.', { label: '1' }),
    clause('You may not reverse engineer the Services or their models.', { label: '2' }),
    clause('We may terminate your account if you breach these Terms.', { label: '3' }),
  ]);

  it('mints unique keys for a first version', () => {
    expect(new Set(v1.map((c) => c.key)).size).toBe(3);
  });

  it('keeps keys of renumbered, moved and reworded clauses and mints keys for new ones', () => {
    const v2 = assignClauseKeys(v1, [
      clause('A brand new clause about arbitration in San Francisco.', { label: '1' }),
      clause('We may suspend or terminate your account if you breach these Terms.', {
        label: '2',
        headingPath: ['Termination'],
      }),
      clause('You must be at least 13 years old to use the Services.', { label: '3' }),
      clause('You may not reverse engineer or decompile the Services or their models.', { label: '4' }),
    ]);
    expect(keyOf(v2, 'at least 13')).toBe(keyOf(v1, 'at least 13'));
    expect(keyOf(v2, 'suspend or terminate')).toBe(keyOf(v1, 'may terminate'));
    expect(keyOf(v2, 'decompile')).toBe(keyOf(v1, 'reverse engineer'));
    expect(keyOf(v2, 'arbitration')).toMatch(/^a-brand-new-clause-about-arbitration-[0-9a-f]{6}$/);
  });

  it('does not reuse a key for an unrelated clause', () => {
    const v2 = assignClauseKeys(v1, [clause('Fees are payable in U.S. dollars within thirty days of invoice.')]);
    expect(v1.map((c) => c.key)).not.toContain(v2[0].key);
  });

  it("keeps the key of OpenAI's (c)(iii) restriction when it becomes a bullet, as a modified clause", () => {
    const doc = findDocument(loadTosIndex(), 'OpenAI/Terms of Service');
    const [march, november] = ['2023-10-16T12:30:05Z', '2023-11-14T18:30:25Z'].map((at) => {
      const version = doc.versions.find((v) => v.recordedAt === at);
      if (!version) throw new Error(`missing ${at}`);
      return segmentClauses(normalizeSnapshot(readVersion(version), 'markdown'));
    });
    const before = assignClauseKeys(null, march);
    const after = assignClauseKeys(before, november);
    const old = before.find((c) => c.label === '(c)(iii)' && c.text.includes('compete with OpenAI'));
    const bullet = after.find((c) => c.text === 'Use Output to develop models that compete with OpenAI.');
    expect(old).toBeDefined();
    expect(bullet?.key).toBe(old?.key);
    const change = diffVersions(before, after).find((c) => c.key === old?.key);
    expect(change?.kind).toBe('modified');
    expect(change?.wordDiff).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: 'use output from the Services' },
        { op: 'insert', text: 'Use Output' },
      ]),
    );
  });
});
