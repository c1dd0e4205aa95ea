import { TosError, TosErrorCode } from '../tos-error';
import { replayHistory } from './replay';

const doc = (extra: string, date = 'January 1, 2024'): string =>
  `# Terms\n\nEffective: ${date}\n\n## Use\n\n(a) You may not (i) copy the Services; (ii) resell them.\n\n(b) Be nice.${extra}`;

describe('replayHistory', () => {
  it('keeps changed versions, skips noise and error pages, in time order', () => {
    const result = replayHistory([
      {
        recordedAt: '2024-03-01T00:00:00Z',
        markdown: `${doc('')}\n\nSee the [pricing](https://x.com/p?utm_source=a) page.`,
      },
      { recordedAt: '2024-01-01T00:00:00Z', markdown: doc('') },
      { recordedAt: '2024-02-01T00:00:00Z', markdown: `…\n\n${doc('')}` },
      {
        recordedAt: '2024-04-01T00:00:00Z',
        markdown: '## Page not found\n\nThe page you are looking for does not exist.',
      },
      {
        recordedAt: '2024-05-01T00:00:00Z',
        markdown: doc('\n\n(c) Pay on time.', 'May 1, 2024').replace('resell them', 'resell or lease them'),
      },
    ]);
    expect(result.kept.map((k) => k.recordedAt)).toEqual([
      '2024-01-01T00:00:00Z',
      '2024-03-01T00:00:00Z',
      '2024-05-01T00:00:00Z',
    ]);
    expect(result.skipped.map((s) => [s.recordedAt, s.reason])).toEqual([
      ['2024-02-01T00:00:00Z', 'noise'],
      ['2024-04-01T00:00:00Z', 'error-page'],
    ]);
    const [first, , last] = result.kept;
    expect(first.effectiveDate).toBe('2024-01-01');
    expect(first.changes.every((c) => c.kind === 'added')).toBe(true);
    expect(last.effectiveDate).toBe('2024-05-01');
    expect(last.changes.map((c) => [c.kind, c.after?.label ?? c.before?.label])).toEqual([
      ['modified', null],
      ['modified', '(a)(ii)'],
      ['removed', null],
      ['added', '(c)'],
    ]);
  });

  it('rejects an unreadable recording time', () => {
    expect.assertions(1);
    try {
      replayHistory([{ recordedAt: 'yesterday', markdown: 'x' }]);
    } catch (e) {
      expect((e as TosError).code).toBe(TosErrorCode.InvalidRecordedAt);
    }
  });
});
