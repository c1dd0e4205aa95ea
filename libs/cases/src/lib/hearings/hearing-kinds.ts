export type HearingKind = 'hearing' | 'deadline';

export const HEARING_STATUSES = ['scheduled', 'rescheduled', 'vacated', 'held'] as const;
export type HearingStatus = (typeof HEARING_STATUSES)[number];

/**
 * What a hearing or deadline is, recognised from the words the clerk wrote before "set for",
 * "reset to", "held", "due by": the first rule whose pattern matches wins, so the specific ones come
 * first ("Motion Hearing/Trial Setting" is a motion hearing, not a trial).
 */
const HEARING_RULES: [RegExp, string][] = [
  [/final approval|fairness hearing/, 'final_approval_hearing'],
  [/preliminary approval/, 'preliminary_approval_hearing'],
  [
    /case management conference|scheduling conference|initial (?:pretrial )?conference|rule 16/,
    'case_management_conference',
  ],
  [/settlement conference|mediation/, 'settlement_conference'],
  [/pretrial conference|pre-trial conference/, 'pretrial_conference'],
  [/status (?:conference|hearing)/, 'status_conference'],
  [/discovery (?:dispute )?(?:hearing|conference)/, 'discovery_hearing'],
  [/markman|claim construction/, 'claim_construction_hearing'],
  [/pre-?\s?motion conference/, 'pre_motion_conference'],
  [/motion|hearing date/, 'motion_hearing'],
  [/evidentiary hearing/, 'evidentiary_hearing'],
  [/trial/, 'trial'],
  [/sentenc/, 'sentencing'],
  [/arraignment/, 'arraignment'],
  [/initial appearance/, 'initial_appearance'],
  [/change of plea/, 'change_of_plea_hearing'],
  [/detention hearing|bond hearing/, 'detention_hearing'],
  [/preliminary hearing/, 'preliminary_hearing'],
  [/confirmation hearing/, 'confirmation_hearing'],
  [/show cause/, 'show_cause_hearing'],
  [/conference/, 'conference'],
  [/hearing/, 'hearing'],
];

const DEADLINE_RULES: [RegExp, string][] = [
  [/case management statement|joint (?:status )?report|rule 26/, 'case_management_statement_deadline'],
  [/repl/, 'reply_deadline'],
  [/respon|opposition/, 'response_deadline'],
  [/amended (?:complaint|pleading)|amend/, 'amended_pleading_deadline'],
  [/answer/, 'answer_deadline'],
  [/discovery|expert/, 'discovery_deadline'],
  [/motion/, 'motion_deadline'],
  [/brief/, 'brief_deadline'],
  [/consent|declination/, 'consent_deadline'],
  [/proof of claim/, 'proof_of_claim_deadline'],
  [/.*/, 'deadline'],
];

/** Labels that name dates of the court's own housekeeping, not events a party attends or meets. */
const NOT_AN_EVENT = /transcript|bond set|minute entry|proceedings\b/;

/** The `what` of a hearing label ("Initial Case Management Conference"), or null when it names none. */
export function hearingWhat(label: string): string | null {
  const text = label.toLowerCase();
  if (NOT_AN_EVENT.test(text)) return null;
  return HEARING_RULES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** The `what` of a deadline label ("Responses", "Case Management Statement"), or null. */
export function deadlineWhat(label: string): string | null {
  const text = label.toLowerCase();
  if (NOT_AN_EVENT.test(text)) return null;
  return DEADLINE_RULES.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** A label written as "... Deadline set for" is a deadline, anything else set for a date a hearing. */
export function isDeadlineLabel(label: string): boolean {
  return /\b(?:deadline|due)\b/i.test(label);
}
