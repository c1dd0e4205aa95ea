/**
 * The claims taxonomy: stable codes that API filters, facets and stored rows use. How each is
 * recognised is in docs/cases.md and {@link classifyClaim}. Never rename a value: add one.
 */
export enum ClaimCode {
  CopyrightDirect = 'copyright_direct',
  CopyrightContributory = 'copyright_contributory',
  CopyrightVicarious = 'copyright_vicarious',
  CopyrightInducement = 'copyright_inducement',
  /** 17 U.S.C. § 1202: removal or alteration (b), or falsity (a), of copyright management information. */
  Dmca1202 = 'dmca_1202',
  /** 17 U.S.C. § 1201: circumvention of technological measures. */
  Dmca1201 = 'dmca_1201',
  /** Lanham Act (15 U.S.C. §§ 1114, 1125), state trademark and dilution, UK trade mark and passing off. */
  Trademark = 'trademark',
  UnfairCompetition = 'unfair_competition',
  UnjustEnrichment = 'unjust_enrichment',
  Negligence = 'negligence',
  BreachOfContract = 'breach_of_contract',
  PublicityPrivacy = 'publicity_privacy',
  TradeSecret = 'trade_secret',
  Other = 'other',
}

export const CLAIM_CODES: readonly ClaimCode[] = Object.values(ClaimCode);

/** Where a claim stands, as the last sourced status change says. */
export enum ClaimStatus {
  Pending = 'pending',
  Dismissed = 'dismissed',
  DismissedWithLeave = 'dismissed_with_leave',
  Survived = 'survived',
  Withdrawn = 'withdrawn',
  JudgmentForPlaintiff = 'judgment_for_plaintiff',
  JudgmentForDefendant = 'judgment_for_defendant',
  Settled = 'settled',
}

export const CLAIM_STATUSES: readonly ClaimStatus[] = Object.values(ClaimStatus);
