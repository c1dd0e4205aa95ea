export enum PartyRole {
  Plaintiff = 'plaintiff',
  Defendant = 'defendant',
  Intervenor = 'intervenor',
  Amicus = 'amicus',
  Other = 'other',
}

export const PARTY_ROLES = Object.values(PartyRole);
