import { TextLayerIssue } from './extraction-result';
import { isFederalHeaderLine } from './federal-header';

export interface TextLayerAssessment {
  textLayer: boolean;
  issue?: TextLayerIssue;
  /** Non-whitespace characters per page, ECF stamps and pleading-paper line numbers left out. */
  bodyCharsPerPage: number;
  /** Share of letters among those characters. */
  letterRatio: number;
  /** Share of whitespace-separated tokens that look like words. */
  wordRatio: number;
}

// A page of prose has 1,000-3,000 characters; a scanned page that only carries the ECF stamp and a
// handwritten date has a few dozen. 100 per page sits well between the two.
const MIN_BODY_CHARS_PER_PAGE = 100;
// Text from a font without a usable encoding comes out as punctuation soup: almost no letters and
// almost no word-shaped tokens. Real prose scores > 0.7 and > 0.5 on the corpus.
const MIN_LETTER_RATIO = 0.4;
const MIN_WORD_RATIO = 0.15;
const WORD = /^[("“‘'[]*[A-Za-z][a-z]+[.,;:'’"”)\]]*$/;
const LINE_NUMBER = /^\d{1,2}$/;

function bodyText(pageText: string): string {
  return pageText
    .split('\n')
    .filter((line) => !LINE_NUMBER.test(line.trim()) && !isFederalHeaderLine(line))
    .join('\n');
}

export function assessTextLayer(pageTexts: readonly string[]): TextLayerAssessment {
  const body = pageTexts.map(bodyText).join('\n');
  const chars = body.replace(/\s+/g, '');
  const pages = Math.max(1, pageTexts.length);
  const tokens = body.split(/\s+/).filter(Boolean);
  const letters = chars.replace(/[^\p{L}]/gu, '').length;
  const assessment = {
    bodyCharsPerPage: chars.length / pages,
    letterRatio: chars.length ? letters / chars.length : 0,
    wordRatio: tokens.length ? tokens.filter((t) => WORD.test(t)).length / tokens.length : 0,
  };
  const anyText = pageTexts.some((t) => t.trim().length > 0);
  if (!anyText) return { textLayer: false, issue: TextLayerIssue.NoText, ...assessment };
  if (assessment.bodyCharsPerPage < MIN_BODY_CHARS_PER_PAGE) {
    return { textLayer: false, issue: TextLayerIssue.Sparse, ...assessment };
  }
  if (assessment.letterRatio < MIN_LETTER_RATIO && assessment.wordRatio < MIN_WORD_RATIO) {
    return { textLayer: false, issue: TextLayerIssue.Garbled, ...assessment };
  }
  return { textLayer: true, ...assessment };
}
