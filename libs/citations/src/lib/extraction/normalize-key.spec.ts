import { normalizeCitationKey } from './normalize-key';

describe('normalizeCitationKey', () => {
  it.each([
    ['765 F.Supp.3d 382', '765 F. Supp. 3d 382'],
    ['Thomson Reuters v. Ross, 765 F. Supp. 3d 382, 398 (D. Del. 2025)', '765 F. Supp. 3d 382'],
    ['22 U. S. 332', '22 U.S. 332'],
    ['17 USC 107', '17 U.S.C. § 107'],
    ['17 U.S.C. §107(a)', '17 U.S.C. § 107'],
    ['Section 1202(b)', '§ 1202'],
    ['37 CFR 202.1', '37 C.F.R. § 202.1'],
    ['Case No. 1:23-cv-11195-SHS', '1:23-cv-11195'],
    ['3:24-CV-5417', '3:24-cv-05417'],
    ['25-8018', '25-8018'],
    ['Dkt. 45', 'ECF No. 45'],
    ['2006-Ohio-2095', '2006-Ohio-2095'],
  ])('%s → %s', (input, key) => {
    expect(normalizeCitationKey(input)).toBe(key);
  });

  it('returns null for text without a citation', () => {
    expect(normalizeCitationKey('')).toBeNull();
    expect(normalizeCitationKey('the fair use factors')).toBeNull();
  });

  it('is idempotent on keys', () => {
    for (const key of [
      '765 F. Supp. 3d 382',
      '17 U.S.C. § 107',
      '1:23-cv-11195',
      'ECF No. 45',
      'T.C. Memo. 2019-233',
      '2009 1359 (La.App. 1 Cir.)',
    ]) {
      expect(normalizeCitationKey(key)).toBe(key);
    }
  });
});
