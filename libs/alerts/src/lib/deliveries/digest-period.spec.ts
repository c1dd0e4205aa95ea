import { Frequency } from '../subscriptions/subscription-enums';
import { nextDigestBoundary } from './digest-period';

describe('nextDigestBoundary', () => {
  it('closes daily digests at the next UTC midnight', () => {
    expect(nextDigestBoundary(Frequency.Daily, new Date('2025-06-03T15:20:00Z')).toISOString()).toBe(
      '2025-06-04T00:00:00.000Z',
    );
    expect(nextDigestBoundary(Frequency.Daily, new Date('2025-06-03T00:00:00Z')).toISOString()).toBe(
      '2025-06-04T00:00:00.000Z',
    );
  });

  it('closes weekly digests on the next Monday', () => {
    // 2025-06-03 is a Tuesday; 2025-06-09 a Monday.
    expect(nextDigestBoundary(Frequency.Weekly, new Date('2025-06-03T15:20:00Z')).toISOString()).toBe(
      '2025-06-09T00:00:00.000Z',
    );
    expect(nextDigestBoundary(Frequency.Weekly, new Date('2025-06-09T00:00:00Z')).toISOString()).toBe(
      '2025-06-16T00:00:00.000Z',
    );
  });
});
