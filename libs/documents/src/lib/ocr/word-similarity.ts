import { multisetF1, normaliseForComparison } from '../extraction/text-similarity';

/** The words of a text: runs of letters and digits, lower-cased, after the comparison's normalisation. */
export function wordsOf(text: string): string[] {
  return (
    normaliseForComparison(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * How alike two texts are word for word, from 0 to 1: the F1 overlap of their multisets of words.
 * Punctuation and spacing do not count; a misread, missing or extra word does. This is the OCR
 * accuracy measure (docs/filings.md#ocr).
 */
export function wordSimilarity(a: string, b: string): number {
  return multisetF1(wordsOf(a), wordsOf(b));
}
