import { PartyRole } from '@casetrail/cases';

// Checked in order: "Intervenor Plaintiff" is an intervenor, "Counter Claimant" a defendant.
const RULES: [RegExp, PartyRole][] = [
  [/\bintervenor/i, PartyRole.Intervenor],
  [/\bamicus\b/i, PartyRole.Amicus],
  [/\b(?:third|fourth) party\b/i, PartyRole.Other],
  [/\bcounter (?:claimant|plaintiff)\b|\bcross (?:claimant|defendant)\b/i, PartyRole.Defendant],
  [/\bcounter defendant\b/i, PartyRole.Plaintiff],
  [/\b(?:plaintiffs?|petitioners?|appellants?|claimants?|relators?)\b/i, PartyRole.Plaintiff],
  [/\b(?:defendants?|respondents?|appellees?)\b/i, PartyRole.Defendant],
];

/** Our role of a party from the type PACER prints ("Consolidated Plaintiff", "Counter Claimant", "Movant"). */
export function partyRoleOf(pacerType: string): PartyRole {
  return RULES.find(([pattern]) => pattern.test(pacerType))?.[1] ?? PartyRole.Other;
}
