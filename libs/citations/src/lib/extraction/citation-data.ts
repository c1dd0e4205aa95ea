import raw from '../../data/reporters.json';
import type { CitationData } from './data-types';
import { CitationError, CitationErrorCode } from '../citations-error';

function fail(message: string): never {
  throw new CitationError(CitationErrorCode.InvalidReporterData, message);
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Checks the top-level shape and one entry of each list; the file is generated, not hand-edited. */
export function parseCitationData(input: unknown): CitationData {
  if (!isRecord(input)) fail('reporter data is not an object');
  for (const key of ['reporters', 'laws', 'journals'] as const) {
    const list = input[key];
    if (!Array.isArray(list) || list.length === 0) fail(`reporter data has no ${key}`);
    const first: unknown = list[0];
    if (!isRecord(first) || typeof first.a !== 'string') fail(`reporter data ${key} entries lack an abbreviation`);
  }
  return input as unknown as CitationData;
}

let cached: CitationData | undefined;

export function citationData(): CitationData {
  cached ??= parseCitationData(raw as unknown);
  return cached;
}
