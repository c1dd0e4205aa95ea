import { BODY_CUES, TITLE_KEYWORDS } from './classification-rules';
import { DocumentType } from './document-type';
import { isFederalHeaderLine } from './federal-header';

export interface ClassifyInput {
  /** A short description from elsewhere, e.g. the docket entry text ("ORDER granting 12 Motion to Dismiss"). */
  headerText?: string;
  /** Title metadata of the file (PDF Info /Title, HTML <title>). */
  title?: string;
  /** Text of the first page (or the first pages when the first is a cover). */
  firstPageText: string;
}

export type EvidenceSource = 'header' | 'title' | 'heading' | 'body';

export interface ClassificationEvidence {
  type: DocumentType;
  points: number;
  source: EvidenceSource;
  /** Which rule fired: a title keyword or a body cue. */
  rule: string;
  /** The text it fired on. */
  text: string;
}

export interface Classification {
  type: DocumentType;
  /** Points of the winner; below MIN_SCORE the document is "other". */
  score: number;
  scores: Partial<Record<DocumentType, number>>;
  evidence: ClassificationEvidence[];
}

// Points for the keyword that heads a title, by source; other keywords in the same title get a quarter.
const SOURCE_POINTS: Readonly<Record<Exclude<EvidenceSource, 'body'>, number>> = { header: 4, heading: 3, title: 2 };
const SECONDARY_SHARE = 0.25;
// Later headings on the first page (section headings, the running footer) count for less.
const HEADING_DECAY = 0.25;
const MAX_HEADINGS = 8;
export const MIN_SCORE = 1.5;
// When two types score the same, the more specific one wins.
const PRECEDENCE: readonly DocumentType[] = [
  DocumentType.AmendedComplaint,
  DocumentType.MotionToDismiss,
  DocumentType.Reply,
  DocumentType.Opposition,
  DocumentType.Stipulation,
  DocumentType.Judgment,
  DocumentType.Opinion,
  DocumentType.Order,
  DocumentType.Transcript,
  DocumentType.Exhibit,
  DocumentType.Answer,
  DocumentType.Complaint,
  DocumentType.Motion,
  DocumentType.Letter,
  DocumentType.Notice,
  DocumentType.Other,
];

function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      // "O R D E R" (letter-spaced headings) -> "ORDER"
      .replace(/\b[A-Z](?: [A-Z]){2,}\b/g, (m) => m.replace(/ /g, ''))
      .replace(/[ \t]+/g, ' ')
  );
}

/** "Microsoft Word - 16-1261_FINAL Order Granting Prelim Injunction.docx" -> "16-1261 FINAL Order Granting Prelim Injunction". */
export function cleanMetadataTitle(title: string): string {
  return title
    .replace(/^\s*Microsoft\s+\w+\s+-\s+/i, '')
    .replace(/\.(?:docx?|wpd|pdf|rtf)\s*$/i, '')
    .replace(/_/g, ' ')
    .trim();
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** A short line in Title Case without sentence punctuation: "Opinion", "Memorandum Opinion and Order". */
function isTitleCaseLine(line: string): boolean {
  if (line.length > 60 || /[.,;]$/.test(line)) return false;
  const words = line.split(' ');
  return words.length <= 6 && words.every((w) => /^[[(]?[A-Z]/.test(w) || SMALL_WORDS.has(w));
}

function isHeadingLine(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3 || line.length > 160) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length >= 0.7 || isTitleCaseLine(line);
}

/** Runs of consecutive upper-case lines on the page: caption titles, running titles, section headings. */
export function findHeadings(pageText: string): string[] {
  const headings: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) headings.push(current.join(' '));
    current = [];
  };
  for (const raw of pageText.split('\n')) {
    const line = raw.trim();
    if (!line || /^\d{1,2}$/.test(line) || /^[)(:\]|\s]+$/.test(line)) continue;
    if (isFederalHeaderLine(line)) {
      flush();
      continue;
    }
    if (isHeadingLine(line)) current.push(line);
    else flush();
  }
  flush();
  return headings;
}

/** Title keywords in a text, the earliest first (ties: the longer match). */
function keywordsIn(text: string): Array<{ type: DocumentType; name: string; index: number; match: string }> {
  const found: Array<{ type: DocumentType; name: string; index: number; match: string }> = [];
  for (const keyword of TITLE_KEYWORDS) {
    const match = keyword.pattern.exec(text);
    if (match) found.push({ type: keyword.type, name: keyword.name, index: match.index, match: match[0] });
  }
  return found.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
}

function titleEvidence(
  text: string,
  source: Exclude<EvidenceSource, 'body'>,
  weight: number,
): ClassificationEvidence[] {
  const keywords = keywordsIn(text);
  const seen = new Set<DocumentType>();
  const evidence: ClassificationEvidence[] = [];
  keywords.forEach((k, i) => {
    if (seen.has(k.type)) return;
    seen.add(k.type);
    const share = i === 0 ? 1 : SECONDARY_SHARE;
    evidence.push({
      type: k.type,
      points: SOURCE_POINTS[source] * weight * share,
      source,
      rule: `${i === 0 ? 'heads' : 'in'} ${source}: ${k.name}`,
      text: text.length > 120 ? `${text.slice(0, 117)}...` : text,
    });
  });
  return evidence;
}

function bodyEvidence(text: string): ClassificationEvidence[] {
  const evidence: ClassificationEvidence[] = [];
  for (const cue of BODY_CUES) {
    const match = cue.pattern.exec(text);
    if (match) {
      evidence.push({
        type: cue.type,
        points: cue.points,
        source: 'body',
        rule: `body: ${cue.name}`,
        text: match[0].slice(0, 120),
      });
    }
  }
  return evidence;
}

/** Scores every document type from the title keywords and body cues found, and explains the result. */
export function explainClassification(input: ClassifyInput): Classification {
  const page = normalise(input.firstPageText);
  const evidence: ClassificationEvidence[] = [];
  if (input.headerText?.trim()) evidence.push(...titleEvidence(normalise(input.headerText), 'header', 1));
  if (input.title?.trim()) evidence.push(...titleEvidence(normalise(cleanMetadataTitle(input.title)), 'title', 1));
  let rank = 0;
  for (const heading of findHeadings(page)) {
    if (rank >= MAX_HEADINGS) break;
    const found = titleEvidence(heading, 'heading', 1 / (1 + HEADING_DECAY * rank));
    if (found.length) {
      evidence.push(...found);
      rank++;
    }
  }
  evidence.push(...bodyEvidence(page));

  const scores: Partial<Record<DocumentType, number>> = {};
  for (const e of evidence) scores[e.type] = (scores[e.type] ?? 0) + e.points;
  let best: DocumentType = DocumentType.Other;
  let bestScore = 0;
  for (const type of PRECEDENCE) {
    const score = scores[type] ?? 0;
    if (score > bestScore) {
      best = type;
      bestScore = score;
    }
  }
  if (bestScore < MIN_SCORE) best = DocumentType.Other;
  return { type: best, score: Math.round(bestScore * 100) / 100, scores, evidence };
}

export function classifyDocument(input: ClassifyInput): DocumentType {
  return explainClassification(input).type;
}
