import { titlecase } from './titlecase';

// Spelling variants of party roles, folded before title-casing.
const ROLE_SPELLINGS: [RegExp, string][] = [
  [/defendant\s+\(\d+\)/g, 'defendant'],
  [/debtor\s+\d+/g, 'debtor'],
  [/thirdparty|3rd pty|3rd party/g, 'third party'],
  [/fourthparty|4th pty|4th party/g, 'fourth party'],
  [/counter-(defendant|claimant|plaintiff)/g, 'counter $1'],
  [/\bus\b|u\. s\.|united states/g, 'u.s.'],
  [/jointadmin/g, 'jointly administered'],
  [/consolidated-debtor/g, 'consolidated debtor'],
  [/(plaintiff|defendant)-? consolidated/g, 'consolidated $1'],
  [/intervenor-plaintiff|intervenor pla\b/g, 'intervenor plaintiff'],
  [/intervenor dft\b/g, 'intervenor defendant'],
];

/** Folds PACER's spellings of a party role ("DEFENDANT (3)", "3rd Party Plaintiff") to one form. */
export function normalizePartyType(raw: string): string {
  let t = raw.toLowerCase().trim();
  for (const [pattern, replacement] of ROLE_SPELLINGS) t = t.replace(pattern, replacement);
  return titlecase(t);
}
