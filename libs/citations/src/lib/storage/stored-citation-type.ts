import type { Citation as ExtractedCitation } from '../extraction/types';

/** The extractor's types plus `tos_quote`: quoted text that matches a ToS clause. */
export type StoredCitationType = ExtractedCitation['type'] | 'tos_quote';

/** Types whose key is a case reporter citation (short forms, Id. and supra share their antecedent's key). */
export const CASE_KEY_TYPES: ReadonlySet<StoredCitationType> = new Set(['case', 'short_case', 'id', 'supra']);
