import { PacerError } from '../lib/pacer-error';

/** The PacerError code `fn` throws, or undefined when it returns; any other error is rethrown. */
export function pacerErrorCodeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof PacerError) return e.code;
    throw e;
  }
  return undefined;
}
