/** What a motion asks for, classified from its docket text. */
export enum MotionType {
  Dismiss = 'dismiss',
  SummaryJudgment = 'summary_judgment',
  PreliminaryInjunction = 'preliminary_injunction',
  Compel = 'compel',
  Seal = 'seal',
  Stay = 'stay',
  Extension = 'extension',
  ClassCertification = 'class_certification',
  Transfer = 'transfer',
  LeaveToAmend = 'leave_to_amend',
  ProHacVice = 'pro_hac_vice',
  Strike = 'strike',
  Continue = 'continue',
  Intervene = 'intervene',
  Sanctions = 'sanctions',
  InLimine = 'in_limine',
  Other = 'other',
}

// Checked in order: the first rule whose pattern matches the motion's own words wins, so the
// narrower asks (summary judgment, leave to amend) come before the words they contain.
const RULES: readonly [MotionType, RegExp][] = [
  [MotionType.SummaryJudgment, /\bsummary\s+(?:judg(?:e)?ment|adjudication)\b/i],
  [MotionType.ClassCertification, /\bclass\s+certification\b|\bcertify\s+(?:a\s+|the\s+)?class\b/i],
  [
    MotionType.PreliminaryInjunction,
    /\bpreliminary\s+injunction\b|\btemporary\s+restraining\s+order\b|\bTRO\b|\binjunctive\s+relief\b/i,
  ],
  [MotionType.ProHacVice, /\bpro\s+hac\s+vice\b/i],
  [MotionType.InLimine, /\bin\s+limine\b/i],
  [
    MotionType.LeaveToAmend,
    /\bleave\s+to\s+(?:file\s+(?:an?\s+|the\s+)?)?(?:amend|amended|second\s+amended)\b|\bto\s+amend\b/i,
  ],
  [MotionType.Extension, /\bextension\b|\bextend\s+(?:the\s+)?(?:time|deadline)/i],
  [MotionType.Dismiss, /\bdismiss/i],
  [MotionType.Compel, /\bcompel/i],
  [MotionType.Seal, /\b(?:to\s+|under\s+)seal\b|\bseal(?:ed)?\s+motion\b|\bimpound\b|\bmotion\s+to\s+seal\b|\bredact/i],
  [
    MotionType.Stay,
    /\bto\s+stay\b|\bstay\s+(?:of\s+)?(?:proceedings|discovery|the\s+case|pending)\b|\bfor\s+(?:a\s+)?stay\b/i,
  ],
  [MotionType.Transfer, /\btransfer\b|\bchange\s+(?:of\s+)?venue\b/i],
  [MotionType.Strike, /\bto\s+strike\b/i],
  [MotionType.Continue, /\bto\s+continue\b|\bcontinuance\b|\badjourn/i],
  [MotionType.Intervene, /\bintervene\b|\bintervention\b/i],
  [MotionType.Sanctions, /\bsanctions?\b/i],
];

/**
 * The type of the motion a docket text describes. Only the text of the motion itself counts: what
 * follows a "re 12 …" reference describes another document, and "(Attachments: …)" lists exhibits.
 */
export function classifyMotion(text: string): MotionType {
  const own = text.split(/\(Attachments:|\bre:?\s+\d+\s|\bas to\s+\d+\s/i)[0];
  for (const [type, pattern] of RULES) if (pattern.test(own)) return type;
  return MotionType.Other;
}

/** Whether a docket text is itself a motion (its first words name one), not a paper about one. */
export function isMotionText(text: string): boolean {
  const head = text
    .replace(/^\s*(?:\*+[^*]{0,60}\*+\s*)+/, '')
    .slice(0, 120)
    .split(/\bre:?\s+\d/i)[0];
  if (
    /^\s*(?:memorandum|response|reply|opposition|brief|declaration|notice\s+of\s+(?:hearing|withdrawal)|order|minute|set\b|reset\b|proposed|letter\s+order)/i.test(
      head,
    )
  ) {
    return false;
  }
  return /^[\w\s,.'&/()-]{0,80}?\b(?:motion|petition|application)\b/i.test(head);
}
