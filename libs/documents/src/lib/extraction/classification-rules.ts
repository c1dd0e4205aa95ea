import { DocumentType } from './document-type';

/**
 * Words that name a kind of filing when they head a document title ("REPLY IN SUPPORT OF MOTION TO
 * DISMISS" is a reply: the first of these words in a title decides). Order matters only for matches
 * starting at the same place: the longer, more specific phrase comes first.
 */
export const TITLE_KEYWORDS: ReadonlyArray<{ type: DocumentType; pattern: RegExp; name: string }> = [
  {
    type: DocumentType.AmendedComplaint,
    name: 'amended complaint',
    pattern:
      /\b(?:(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+)?amended\s+(?:consolidated\s+)?(?:class\s+action\s+)?complaint\b/i,
  },
  { type: DocumentType.Complaint, name: 'complaint', pattern: /\b(?:class\s+action\s+)?complaint\b/i },
  { type: DocumentType.Answer, name: 'answer', pattern: /\banswer\b(?!ing)/i },
  {
    type: DocumentType.MotionToDismiss,
    name: 'motion to dismiss',
    pattern: /\bmotion\s+(?:[\w.'’]+\s+){0,4}?to\s+dismiss\b/i,
  },
  { type: DocumentType.Motion, name: 'motion', pattern: /\bmotion\b|\b(?:ex\s+parte\s+)?application\b/i },
  {
    type: DocumentType.Opposition,
    name: 'opposition',
    pattern: /\bopposition\b|\bopposing\b|\bresponse\b|\bresponding\s+brief\b/i,
  },
  { type: DocumentType.Reply, name: 'reply', pattern: /\breply\b/i },
  {
    type: DocumentType.Opinion,
    name: 'opinion',
    pattern: /\b(?:memorandum\s+)?opinion\b|\bmemorandum\s+(?:and\s+)?decision\b|\bper\s+curiam\b/i,
  },
  { type: DocumentType.Judgment, name: 'judgment', pattern: /(?<!summary\s)\bjudgment\b(?!\s+on\s+the\s+pleadings)/i },
  { type: DocumentType.Stipulation, name: 'stipulation', pattern: /\bstipulat(?:ion|ed)\b/i },
  { type: DocumentType.Order, name: 'order', pattern: /\border\b/i },
  {
    type: DocumentType.Notice,
    name: 'notice',
    pattern:
      /\b(?:entry|notice)\s+of\s+appearance\b|\bnotice\b(?!\s+of\s+(?:motion|hearing\s+on\s+motion|cross-motion))/i,
  },
  { type: DocumentType.Letter, name: 'letter', pattern: /\bletter\b/i },
  { type: DocumentType.Exhibit, name: 'exhibit', pattern: /^\W*exhibit\b/i },
  { type: DocumentType.Transcript, name: 'transcript', pattern: /\btranscript\b/i },
  {
    type: DocumentType.Other,
    name: 'declaration, affidavit, minutes, summons or certificate',
    pattern:
      /\bdeclaration\b|\baffidavit\b|\bminutes\b|\bsummons\b|\bcertificate\s+of\s+service\b|\bproof\s+of\s+service\b|\bcivil\s+cover\s+sheet\b/i,
  },
];

/** Cues in the running text of the first page(s), each worth a few points for one type. */
export const BODY_CUES: ReadonlyArray<{ type: DocumentType; pattern: RegExp; points: number; name: string }> = [
  {
    type: DocumentType.Letter,
    name: 'salutation',
    pattern: /^(?:dear\s+[^\n]{1,60}|to\s+all\s+parties|to\s+counsel)[:,]\s*$/im,
    points: 3,
  },
  { type: DocumentType.Letter, name: 're: line', pattern: /^re\s*:/im, points: 1.5 },
  {
    type: DocumentType.Letter,
    name: 'complimentary close',
    pattern: /^(?:sincerely|very\s+truly\s+yours|yours\s+truly)\b/im,
    points: 2,
  },
  {
    type: DocumentType.Opinion,
    name: 'panel ("Before ... Judges")',
    pattern: /\bBefore\b[\s\S]{0,120}?\bJudges?\b/,
    points: 2,
  },
  {
    type: DocumentType.Opinion,
    name: 'appellate disposition',
    pattern: /\bwe\s+(?:affirm|reverse|vacate|remand)\b|\b(?:AFFIRMED|REVERSED|VACATED)\b/,
    points: 2,
  },
  {
    type: DocumentType.Opinion,
    name: 'review on appeal',
    pattern: /\b(?:appeal\s+from|on\s+(?:discretionary\s+)?review|on\s+writ\s+of\s+certiorari)\b/i,
    points: 1,
  },
  {
    type: DocumentType.Opinion,
    name: 'author line ("SMITH, Circuit Judge:")',
    pattern:
      /^\s*(?:Justice\s+)?[A-Z][A-Za-z'. -]{1,40},?\s+(?:(?:Senior\s+|Chief\s+)?Circuit\s+Judge|(?:Chief\s+|Associate\s+)?Justice|C\.\s?J\.|P\.\s?J\.|J\.)[.:]?\s*$/m,
    points: 2,
  },
  {
    type: DocumentType.Opinion,
    name: 'majority or separate opinion',
    pattern: /\b(?:majority|dissenting|concurring|plurality)\s+opinion\b/i,
    points: 2,
  },
  {
    type: DocumentType.Opinion,
    name: 'opinion of the court',
    pattern: /\bdelivered\s+the\s+opinion\b|\bopinion\s+of\s+the\s+court\b/i,
    points: 3,
  },
  {
    type: DocumentType.Order,
    name: 'ordering clause',
    pattern: /\bIT\s+IS\s+(?:HEREBY\s+|FURTHER\s+)?(?:SO\s+)?ORDERED\b|\bORDERS\s+the\s+parties\b/,
    points: 1.5,
  },
  {
    type: DocumentType.Judgment,
    name: 'judgment entered',
    pattern: /\bjudgment\s+is\s+(?:hereby\s+)?entered\b|\bORDERED\s+AND\s+ADJUDGED\b/i,
    points: 2.5,
  },
  {
    type: DocumentType.Complaint,
    name: 'allegations',
    pattern: /\bplaintiffs?\b[^.]{0,120}?\b(?:allege|alleges|complain|complains|bring|brings)\b/i,
    points: 1.5,
  },
  {
    type: DocumentType.Complaint,
    name: 'jury demand',
    pattern: /\b(?:demand\s+for\s+jury\s+trial|jury\s+trial\s+demanded)\b/i,
    points: 1,
  },
  {
    type: DocumentType.Answer,
    name: 'denials',
    pattern: /\b(?:affirmative\s+defenses|denies\s+(?:each\s+and\s+every|the\s+allegations))\b/i,
    points: 2,
  },
  {
    type: DocumentType.Motion,
    name: 'notice that a party will move',
    pattern: /\bPLEASE\s+TAKE\s+NOTICE\b[\s\S]{0,400}?\bwill\s+(?:and\s+hereby\s+does\s+)?move\b/i,
    points: 2,
  },
  { type: DocumentType.Motion, name: 'moves the court', pattern: /\b(?:hereby|respectfully)\s+moves?\b/i, points: 1.5 },
  { type: DocumentType.Opposition, name: 'in opposition', pattern: /\bin\s+opposition\s+to\b/i, points: 1 },
  {
    type: DocumentType.Stipulation,
    name: 'parties stipulate',
    pattern: /\bhereby\s+stipulate\b|\bstipulated\s+and\s+agreed\b/i,
    points: 2,
  },
  { type: DocumentType.Notice, name: 'please take notice', pattern: /\bPLEASE\s+TAKE\s+NOTICE\b/i, points: 1 },
  {
    type: DocumentType.Transcript,
    name: 'court reporter',
    pattern:
      /\b(?:reporter'?s\s+transcript|transcript\s+of\s+proceedings|official\s+court\s+reporter|certified\s+shorthand\s+reporter)\b/i,
    points: 2,
  },
  {
    type: DocumentType.Transcript,
    name: 'speaker lines',
    pattern: /^\s*THE\s+COURT:[\s\S]*^\s*(?:THE\s+COURT|MR\.|MS\.)\s*[A-Z]*:/m,
    points: 1.5,
  },
  {
    type: DocumentType.Exhibit,
    name: 'exhibit cover',
    pattern: /^\s*EXHIBIT\s+[A-Z0-9][A-Z0-9.-]{0,4}\s*$/m,
    points: 2,
  },
];
