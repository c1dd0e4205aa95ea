import { PartyRole } from '@casetrail/cases';
import { partyRoleOf } from './party-role';

describe('partyRoleOf', () => {
  it.each([
    ['Plaintiff', PartyRole.Plaintiff],
    ['Consolidated Plaintiff', PartyRole.Plaintiff],
    ['Petitioner', PartyRole.Plaintiff],
    ['Defendant', PartyRole.Defendant],
    ['Respondent', PartyRole.Defendant],
    ['Counter Claimant', PartyRole.Defendant],
    ['Counter Defendant', PartyRole.Plaintiff],
    ['Intervenor Defendant', PartyRole.Intervenor],
    ['Amicus', PartyRole.Amicus],
    ['Third Party Plaintiff', PartyRole.Other],
    ['Movant', PartyRole.Other],
    ['Special Master', PartyRole.Other],
    ['Debtor', PartyRole.Other],
    ['Unknown', PartyRole.Other],
  ])('%s → %s', (type, role) => {
    expect(partyRoleOf(type)).toBe(role);
  });
});
