import { isTag, isText } from 'domhandler';
import { HEADER_PATTERNS, findDateInLines } from './docket-header';
import {
  type AnyNode,
  type Document,
  type Element,
  byTag,
  childElements,
  childNodes,
  descendants,
  hasBoldUnderline,
  hasDescendant,
  textContent,
  textNodes,
} from './dom';
import { normalizePartyType } from './party-types';
import { squash } from './strings';
import type { ParsedAttorney, ParsedParty } from './types';

const ADVERSARY_RULE = '-----';

function firstCell(row: Element): Element | undefined {
  return childElements(row, 'td')[0];
}

/** Rows that mark a party table: a role heading in the first cell (bold-underlined, italic-bold, or dashed). */
function isPartyHeadingRow(row: Element): boolean {
  const td = firstCell(row);
  if (!td) return false;
  const hasText = (el: Element): boolean => childNodes(el).some(isText);
  return (
    descendants(
      td,
      (e) => e.name === 'b' && e.parent !== null && isTag(e.parent) && e.parent.name === 'i' && hasText(e),
    ).length > 0 ||
    descendants(
      td,
      (e) => e.name === 'u' && e.parent !== null && isTag(e.parent) && e.parent.name === 'b' && hasText(e),
    ).length > 0 ||
    descendants(td, (e) => e.name === 'b' && childNodes(e).some((c) => isText(c) && c.data.includes(ADVERSARY_RULE)))
      .length > 0
  );
}

/** All rows of every table section that contains a party heading, in document order. */
export function partyRows(doc: Document): Element[] {
  const sections = new Set<AnyNode>();
  for (const row of byTag(doc, 'tr')) {
    if (row.parent && isPartyHeadingRow(row)) sections.add(row.parent);
  }
  return byTag(doc, 'tr').filter((row) => row.parent !== null && sections.has(row.parent));
}

function rowText(row: Element): string {
  return textContent(row).trim().toLowerCase();
}

function isBold(el: Element): boolean {
  return hasDescendant(el, (e) => e.name === 'b');
}

/** Rows that carry neither a party nor its role: blanks, "V.", headings followed by non-party data. */
function skipRow(row: Element, cells: Element[], next: Element | undefined): boolean {
  if (cells.length === 0) return true;
  const text = rowText(row);
  if (!text || text === 'v.') return true;
  if (hasBoldUnderline(cells[0])) {
    if (!next || !isBold(next)) return true;
    // Criminal counts table ("Disposition" column); read separately.
    if (cells.length === 3 && textContent(cells[2]) === 'Disposition') return true;
    return false;
  }
  return !isBold(row);
}

interface PartyDraft {
  type?: string;
  name?: string;
  extraInfo?: string;
  dateTerminated?: string | null;
  attorneys?: ParsedAttorney[];
}

/** A role heading in this row: the new draft, and whether the row holds nothing else. */
function roleHeading(
  row: Element,
  cells: Element[],
  draft: PartyDraft,
  bankruptcy: boolean,
): { draft: PartyDraft; done: boolean } {
  const text = rowText(row);
  if (cells.length === 1 && hasBoldUnderline(cells[0])) {
    return { draft: { type: normalizePartyType(textContent(cells[0])) }, done: true };
  }
  if (text.includes('------')) {
    const s = textContent(cells[0]).trim();
    if (cells.length === 1) return { draft: { type: normalizePartyType(s.replace(/----*/g, '')) }, done: true };
    if (cells.length === 3) return { draft: { type: s.split(/----*/)[0] }, done: false };
  } else if (bankruptcy && cells.length === 3 && hasDescendant(cells[0], (e) => e.name === 'i' && isBold(e))) {
    const italic = byTag(cells[0], 'i')[0];
    return { draft: { type: normalizePartyType(textContent(italic)) }, done: false };
  } else if (cells.length === 3 && text.includes('service list')) {
    return { draft: { type: 'Service List' }, done: false };
  }
  return { draft, done: false };
}

function partyNameElement(cell: Element): Element | undefined {
  return descendants(
    cell,
    (e) =>
      e.name === 'b' &&
      !(e.parent && isTag(e.parent) && e.parent.name === 'i') &&
      childElements(e, 'u').length === 0 &&
      !textContent(e).includes('------'),
  )[0];
}

/** Attorneys in a "represented by" cell: each bold name followed by contact lines and italic roles. */
export function parseAttorneys(cell: Element): ParsedAttorney[] {
  const attorneys: ParsedAttorney[] = [];
  for (const b of byTag(cell, 'b')) {
    const attorney: ParsedAttorney = { name: squash(textContent(b)), contact: '', roles: [] };
    const siblings = b.parent ? childNodes(b.parent) : [];
    const following = siblings.slice(siblings.indexOf(b) + 1).filter((n) => isText(n) || isTag(n));
    for (let i = 0; i < following.length; i++) {
      const node = following[i];
      if (isText(node)) {
        const line = squash(node.data);
        if (line) attorney.contact += `${line}\n`;
      } else if (isTag(node) && node.name === 'i') {
        const role = textContent(node).trim();
        if (!/^(bar status|designation)/i.test(role)) attorney.roles.push(role);
      }
      const next = following[i + 1];
      if (next === undefined || (isTag(next) && next.name === 'b')) {
        attorneys.push(attorney);
        break;
      }
    }
  }
  return attorneys;
}

/** Where PACER prints "(See above for address)", reuse the contact given earlier for that attorney. */
function resolveSeeAbove(parties: ParsedParty[]): void {
  const known = new Map<string, string>();
  for (const party of parties) {
    for (const atty of party.attorneys) {
      if (!atty.contact) continue;
      if (/see\s+above/i.test(atty.contact)) atty.contact = known.get(atty.name) ?? '';
      else known.set(atty.name, atty.contact);
    }
  }
}

function sameDraft(a: PartyDraft, b: PartyDraft): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function parseParties(rows: Element[], opts: { bankruptcy: boolean; adversary: boolean }): ParsedParty[] {
  const drafts: PartyDraft[] = [];
  let draft: PartyDraft = {};
  rows.forEach((row, i) => {
    const cells = byTag(row, 'td');
    if (skipRow(row, cells, rows[i + 1])) return;
    const heading = roleHeading(row, cells, draft, opts.bankruptcy);
    draft = heading.draft;
    if (heading.done) return;

    const nameEl = partyNameElement(cells[0]);
    const prev = rows[i - 1];
    const afterDisposition = prev !== undefined && textContent(prev).includes('Disposition');
    if (nameEl && !afterDisposition) {
      draft.name = textContent(nameEl).trim();
      draft.extraInfo = textNodes(cells[0])
        .filter((t) => t.parent?.name !== 'b')
        .map((t) => t.text.trim())
        .filter(Boolean)
        .join('\n');
      draft.dateTerminated = findDateInLines(HEADER_PATTERNS.dateTerminated, [draft.extraInfo]);
    }
    const hasContent = Object.keys(draft).length > 0;
    if (cells.length === 3 && hasContent) draft.attorneys = parseAttorneys(cells[2]);
    if (hasContent && draft.type === undefined) draft.type = 'Unknown';
    if (hasContent && !drafts.some((d) => sameDraft(d, draft))) drafts.push(draft);
    draft = opts.adversary && draft.type !== undefined ? { type: draft.type } : {};
  });

  const parties: ParsedParty[] = drafts.map((d) => ({
    name: d.name ?? '',
    type: d.type ?? 'Unknown',
    dateTerminated: d.dateTerminated,
    extraInfo: d.extraInfo,
    attorneys: d.attorneys ?? [],
    counselListed: d.attorneys !== undefined,
  }));
  resolveSeeAbove(parties);
  return parties;
}
