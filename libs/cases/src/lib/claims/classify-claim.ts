import { ClaimCode } from './claim-code';

/** What a claim's text (a pleaded heading or a tracker's description) is recognised as. */
export interface ClaimClassification {
  /** One code per theory the text names, in taxonomy order; `[other]` when none is recognised. */
  codes: ClaimCode[];
  /** Statutes cited in the text, normalised (`17 U.S.C. § 1202(b)`, `Cal. Bus. & Prof. Code § 17200`). */
  statutes: string[];
}

const SECTION = String.raw`\d+[A-Za-z]?(?:\([A-Za-z0-9]+\))*`;
const SECTION_LIST = String.raw`${SECTION}(?:\s*(?:,|and|&|or)\s*(?:§\s*)?${SECTION})*`;
const USC = new RegExp(
  String.raw`\b(\d{1,2})\s*U\.?\s?S\.?\s?C\.?(?:\s*A\.?)?\s*(?:§§?|[Ss]ec(?:tions?|s?\.))\s*(${SECTION_LIST})`,
  'g',
);
const DMCA_SECTION = new RegExp(
  String.raw`\b(?:DMCA|Digital Millennium Copyright Act)[\s,]*(?:§§?)\s*(${SECTION_LIST})`,
  'g',
);
const CAL_CODE = new RegExp(
  String.raw`\bCal(?:ifornia|\.)?\s*(Bus(?:iness|\.)?\s*(?:&|and)\s*Prof(?:essions|\.)?|Civ(?:il|\.)?|Penal|Pen\.)\s*Code\s*(?:§§?|[Ss]ec(?:tions?|s?\.))\s*(${SECTION_LIST})`,
  'g',
);
const BARE_1202_1201 = /(?:^|[^\d.])(?:§§?\s*)(120[12](?:\([a-z0-9]+\))*)/g;

const CAL_CODE_NAMES: Record<string, string> = { bus: 'Bus. & Prof.', civ: 'Civ.', pen: 'Pen.' };

/** The statutes a text cites, normalised and de-duplicated, in order of appearance. */
export function citedStatutes(text: string): string[] {
  const found: string[] = [];
  const add = (statute: string) => {
    if (!found.includes(statute)) found.push(statute);
  };
  for (const m of text.matchAll(USC)) for (const s of sections(m[2])) add(`${m[1]} U.S.C. § ${s}`);
  for (const m of text.matchAll(DMCA_SECTION)) for (const s of sections(m[1])) add(`17 U.S.C. § ${s}`);
  for (const m of text.matchAll(CAL_CODE)) {
    const name = CAL_CODE_NAMES[m[1].slice(0, 3).toLowerCase()];
    for (const s of sections(m[2])) add(`Cal. ${name} Code § ${s}`);
  }
  // "DMCA § 1202" is caught above; a bare "§ 1202(b)" next to "DMCA" words elsewhere in the text is too.
  if (/\bDMCA\b|Digital Millennium/i.test(text) && !found.some((s) => /^17 U\.S\.C\. § 120[12]/.test(s))) {
    for (const m of text.matchAll(BARE_1202_1201)) add(`17 U.S.C. § ${m[1]}`);
  }
  return found;
}

function sections(list: string): string[] {
  return list
    .split(/\s*(?:,|\band\b|&|\bor\b)\s*/)
    .map((s) => s.replace(/^§\s*/, '').trim())
    .filter((s) => new RegExp(`^${SECTION}$`).test(s));
}

interface Rule {
  code: ClaimCode;
  test: (text: string, statutes: readonly string[]) => boolean;
}

const cites = (statutes: readonly string[], pattern: RegExp) => statutes.some((s) => pattern.test(s));
const COPYRIGHT_INFRINGEMENT = /copyright[\w\s,/()'-]*infring|infring\w*\s+(?:of\s+)?(?:the\s+)?copyright/i;
const SECONDARY = /secondary|contributory|vicarious|induce|inducement|inducing/i;

const RULES: readonly Rule[] = [
  {
    code: ClaimCode.CopyrightDirect,
    test: (t, s) =>
      /\b(?:direct|primary)\b[\w\s]*infring/i.test(t) ||
      (cites(s, /^17 U\.S\.C\. § 501\b/) && !SECONDARY.test(t)) ||
      (COPYRIGHT_INFRINGEMENT.test(t) && !SECONDARY.test(t)),
  },
  { code: ClaimCode.CopyrightContributory, test: (t) => /contributory/i.test(t) && /infring|copyright/i.test(t) },
  { code: ClaimCode.CopyrightVicarious, test: (t) => /vicarious/i.test(t) && /infring|copyright|liab/i.test(t) },
  { code: ClaimCode.CopyrightInducement, test: (t) => /induc(?:e|ed|ement|ing)\b/i.test(t) && /infring/i.test(t) },
  {
    code: ClaimCode.Dmca1202,
    test: (t, s) => cites(s, /^17 U\.S\.C\. § 1202\b/) || /copyright management information|\bCMI\b/i.test(t),
  },
  {
    code: ClaimCode.Dmca1201,
    test: (t, s) => cites(s, /^17 U\.S\.C\. § 1201\b/) || /circumvent\w* (?:of )?(?:a )?technolog/i.test(t),
  },
  {
    code: ClaimCode.Trademark,
    test: (t, s) =>
      cites(s, /^15 U\.S\.C\. § 11(?:14|25)\b/) ||
      /lanham|trade[\s-]?marks?\b|trade dress|false designation|false endorsement|\bdilution\b|passing off/i.test(t),
  },
  {
    code: ClaimCode.UnfairCompetition,
    test: (t, s) =>
      cites(s, /^Cal\. Bus\. & Prof\. Code § 17200\b/) ||
      /unfair competition|\bUCL\b|unfair (?:business|trade) practice/i.test(t),
  },
  { code: ClaimCode.UnjustEnrichment, test: (t) => /unjust(?:ly)? enrich/i.test(t) },
  { code: ClaimCode.Negligence, test: (t) => /\bnegligen(?:ce|t)\b/i.test(t) },
  {
    code: ClaimCode.BreachOfContract,
    test: (t) =>
      /breach\w*\s+of\s+(?:the\s+|an?\s+)?(?:implied\s+|express\s+|written\s+)?(?:contract|covenant|licen[cs]e|terms|agreement)|breach\w*\s+of\s+[\w\s-]*(?:licen[cs]es?|terms|privacy policy|agreement)/i.test(
        t,
      ),
  },
  {
    code: ClaimCode.PublicityPrivacy,
    test: (t, s) =>
      cites(s, /^Cal\. Civ\. Code § 3344\b/) ||
      /right of publicity|\bpublicity\b|invasion of privacy|\bprivacy\b(?!\s+polic)|personality rights?|\bCCPA\b|consumer privacy act/i.test(
        t,
      ),
  },
  {
    code: ClaimCode.TradeSecret,
    test: (t, s) => cites(s, /^18 U\.S\.C\. § 1836\b/) || /trade secrets?\b|\bDTSA\b/i.test(t),
  },
];

/**
 * Recognises the claims a text names. A text naming several theories ("Contributory and Vicarious
 * Copyright Infringement") yields each; a text naming none is `other`, never a guess.
 */
export function classifyClaim(text: string): ClaimClassification {
  const statutes = citedStatutes(text);
  const codes = RULES.filter((rule) => rule.test(text, statutes)).map((rule) => rule.code);
  return { codes: codes.length > 0 ? codes : [ClaimCode.Other], statutes };
}
