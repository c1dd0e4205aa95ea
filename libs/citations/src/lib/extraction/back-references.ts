import { nameBefore } from './case-name';
import { bracketGroup, collapseSpace } from './text-scan';
import type { IdCitation, SupraCitation } from './types';

const PIN = String.raw`(?:at\s+)?(?:pp?\.\s*)?(?:(?:§§?|¶+)\s*|\*{1,2})?\d+(?:\([A-Za-z0-9]{1,5}\))*(?:\s*[-–—]\s*(?:\d+)?(?:\([A-Za-z0-9]{1,5}\))*)?(?:\s*(?:&\s*)?nn?\.\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?(?![\w.]))*`;

// "Id.", "id. at 544–45", "Id., at 123", "id. at § 106(2)", "Ibid."
const ID = new RegExp(String.raw`(?<![\w.])(?:[Ii]d\.|[Ii]bid\.?)(?:,?\s+(${PIN}))?(?![\w])`, 'g');
// "Foo, supra, at 2", "Foo supra note 5", "123 supra"
const SUPRA = new RegExp(
  String.raw`(?<![\w.])supra(?:,?\s+(at\s+${PIN}|note\s+\d+(?:\s*,\s*at\s+\d+)?))?(?![\w])`,
  'g',
);

const NOT_AN_ANTECEDENT =
  /^(?:see|cf\.?|also|e\.g\.|accord|but|and|or|as|discussed|noted|explained|described|set|forth|stated|held|at|in|the|part|section|notes?|infra)$/i;

export function extractIds(text: string): IdCitation[] {
  const out: IdCitation[] = [];
  for (const m of text.matchAll(ID)) {
    // Only "at …", "§ …" or "¶ …" pins; a bare number after Id. is the start of something else.
    const pin = m[1] && /^(?:at\s|§|¶)/.test(m[1]) ? m[1] : undefined;
    const start = m.index ?? 0;
    const matched = pin ? m[0] : (/^[Ii](?:d|bid)\.?/.exec(m[0])?.[0] ?? m[0]);
    const c: IdCitation = {
      type: 'id',
      span: { start, end: start + matched.length },
      matchedText: matched,
      key: 'Id.',
    };
    if (pin) c.pinCite = collapseSpace(pin.replace(/^at\s+/, ''));
    out.push(c);
  }
  return out;
}

export function extractSupras(text: string): SupraCitation[] {
  const out: SupraCitation[] = [];
  for (const m of text.matchAll(SUPRA)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 120), start).replace(/\s+\d{1,4}\s*$/, '');
    const lastWord = /([\p{L}][\p{L}.'’&-]*)[,\s]*$/u.exec(before)?.[1];
    // "See supra Part II" points inside the document, not at an authority.
    if (!lastWord || NOT_AN_ANTECEDENT.test(lastWord)) continue;
    const guess = nameBefore(before, before.length, 0) ?? lastWord;
    const end = start + m[0].length;
    const c: SupraCitation = {
      type: 'supra',
      span: { start, end },
      matchedText: m[0],
      key: 'supra',
      antecedentGuess: guess,
    };
    if (m[1]) c.pinCite = collapseSpace(m[1].replace(/^at\s+/, ''));
    const paren = bracketGroup(text, end);
    if (paren) c.parenthetical = collapseSpace(paren.content);
    out.push(c);
  }
  return out;
}
