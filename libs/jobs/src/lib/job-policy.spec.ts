import { JOB_NAMES } from './job-names';
import { DEFAULT_JOB_POLICY, policyFor } from './job-policy';

describe('policyFor', () => {
  it('gives every job retries with a delay', () => {
    for (const name of JOB_NAMES) {
      const sut = policyFor(name);
      expect(sut.retryLimit).toBeGreaterThanOrEqual(3);
      expect(sut.retryDelay).toBeGreaterThan(0);
      expect(sut.concurrency).toBeGreaterThanOrEqual(1);
    }
  });

  it('falls back to the defaults for fields a job does not override', () => {
    expect(policyFor(JOB_NAMES[0]).retryLimit).toBe(DEFAULT_JOB_POLICY.retryLimit);
  });
});
