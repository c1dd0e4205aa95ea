import { type Element, byTag, childElements, hasBoldUnderline, hasDescendant, textContent } from './dom';
import { cleanText, tidy } from './strings';
import type { ParsedCriminalData, ParsedParty } from './types';

type Section =
  | { kind: 'offense'; level: 'opening' | 'terminated' }
  | { kind: 'counts'; status: 'pending' | 'terminated' }
  | { kind: 'complaints' }
  | { kind: 'other' };

function emptyData(): ParsedCriminalData {
  return { counts: [], complaints: [], highestOffenseLevelOpening: '', highestOffenseLevelTerminated: '' };
}

function isEmpty(d: ParsedCriminalData): boolean {
  return (
    d.counts.length === 0 &&
    d.complaints.length === 0 &&
    d.highestOffenseLevelOpening === '' &&
    d.highestOffenseLevelTerminated === ''
  );
}

function tidyData(d: ParsedCriminalData): ParsedCriminalData {
  return {
    counts: d.counts.map((c) => ({ name: tidy(c.name), disposition: tidy(c.disposition), status: c.status })),
    complaints: d.complaints.map((c) => ({ name: tidy(c.name), disposition: tidy(c.disposition) })),
    highestOffenseLevelOpening: tidy(d.highestOffenseLevelOpening),
    highestOffenseLevelTerminated: tidy(d.highestOffenseLevelTerminated),
  };
}

/** The section a heading row opens, if the row is a heading. */
function sectionHeading(cells: Element[]): Section | null {
  const label = cleanText(textContent(cells[0]));
  const offense = /highest\s+offense.*(opening|terminated)/i.exec(label);
  if (offense) return { kind: 'offense', level: offense[1].toLowerCase() as 'opening' | 'terminated' };
  const counts = /(pending|terminated)\s+counts/i.exec(label);
  if (counts) return { kind: 'counts', status: counts[1].toLowerCase() as 'pending' | 'terminated' };
  if (/complaints/i.test(label)) return { kind: 'complaints' };
  const directBoldUnderline = childElements(cells[0], 'b').some((b) => childElements(b, 'u').length > 0);
  return directBoldUnderline ? { kind: 'other' } : null;
}

function isRepresentedBy(el: Element): boolean {
  return cleanText(textContent(el)).includes('represented by');
}

/**
 * Criminal dockets list, under each defendant, the highest offense levels, the pending and
 * terminated counts, and the complaints. Walks the party rows again and attaches that data to the
 * party it follows; a new party starts at each "represented by" row or unrepresented role heading.
 */
export function attachCriminalData(parties: ParsedParty[], rows: Element[]): void {
  let partyIndex = -1;
  let data = emptyData();
  let section: Section | null = null;
  const flush = (): void => {
    if (isEmpty(data)) return;
    const target = partyIndex >= 0 ? parties[partyIndex] : parties[parties.length - 1];
    if (target) target.criminalData = tidyData(data);
  };

  rows.forEach((row, i) => {
    const cells = byTag(row, 'td');
    if (cells.length === 0) return;
    const text = textContent(row).trim().toLowerCase();
    if (!text || text === 'v.') return;
    const next = rows[i + 1];
    const representedRow = cells.length === 3 && isRepresentedBy(cells[1]);
    const bareRoleRow =
      cells.length === 1 &&
      hasBoldUnderline(cells[0]) &&
      next !== undefined &&
      hasDescendant(next, (e) => e.name === 'b') &&
      !isRepresentedBy(next);
    if (representedRow || bareRoleRow) {
      flush();
      partyIndex += 1;
      data = emptyData();
      section = null;
      return;
    }
    const heading = sectionHeading(cells);
    if (heading) {
      section = heading;
      return;
    }
    if (!section) return;
    const disposition = cells[2] ? textContent(cells[2]) : '';
    if (section.kind === 'offense') {
      const level = textContent(cells[0]);
      if (section.level === 'opening') data.highestOffenseLevelOpening = level;
      else data.highestOffenseLevelTerminated = level;
    } else if (section.kind === 'counts') {
      const name = textContent(cells[0]).trim();
      if (name !== 'None') data.counts.push({ name, disposition, status: section.status });
    } else if (section.kind === 'complaints') {
      const name = textContent(cells[0]);
      if (name !== 'None') data.complaints.push({ name, disposition });
    }
  });
}
