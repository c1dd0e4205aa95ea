import { isTag } from 'domhandler';
import { parseCourtDate } from './dates';
import { HEADER_PATTERNS, findDateInLines } from './docket-header';
import {
  type Document,
  type Element,
  attr,
  byTag,
  childElements,
  childNodes,
  lineSegments,
  textContent,
  textWithBreaks,
  textNodes,
} from './dom';
import { attachmentsFromCell } from './entry-attachments';
import { pacerDocIdFromUrl, seqNoFromGoDls } from './pacer-links';
import { tidy } from './strings';
import type { DocketEntriesOrder, ParsedDocketEntry } from './types';

function hasTextNode(el: Element, needle: string): boolean {
  return textNodes(el).some((t) => t.text.includes(needle));
}

/**
 * Rows of the docket-entry tables. Long dockets continue in further tables without a header row,
 * so a table counts when it or an earlier sibling table has the "Docket Text" heading.
 */
export function docketEntryRows(doc: Document): Element[] {
  const tables = byTag(doc, 'table');
  const isEntryTable = (t: Element): boolean => {
    if (hasTextNode(t, 'Total file size of selected documents') || hasTextNode(t, 'Footer format:')) return false;
    if (hasTextNode(t, 'Docket Text')) return true;
    const siblings = t.parent ? childNodes(t.parent) : [];
    return siblings
      .slice(0, siblings.indexOf(t))
      .some((s) => isTag(s) && s.name === 'table' && hasTextNode(s, 'Docket Text'));
  };
  return tables.filter(isEntryTable).flatMap((t) => childElements(t, 'tbody').flatMap((tb) => childElements(tb, 'tr')));
}

export function entriesOrder(rows: Element[]): DocketEntriesOrder | null {
  const header = rows[0];
  if (!header) return null;
  const cells = childElements(header).filter(
    (c) => (c.name === 'td' || c.name === 'th') && childElements(c, 'input').length === 0,
  );
  if (cells.length === 0) return null;
  return ['Date Entered', 'Docket Date'].includes(textContent(cells[0])) ? 'date_entered' : 'date_filed';
}

function documentNumber(cell: Element, court: string | null): string | null {
  const words = lineSegments(cell).flatMap((line) => line.split(/\s+/).filter(Boolean));
  if (words.length === 0) return null;
  const first = words[0].replace(/[\s\u00a0]/g, '');
  // txnb merges the number and text columns: only a leading number is a document number there.
  if (court === 'txnb') return /^\d+$/.test(first) ? first : null;
  return first;
}

function docLinkIds(cell: Element, docNumber: string | null): { pacerDocId: string | null; pacerSeqNo: string | null } {
  if (!docNumber) return { pacerDocId: null, pacerSeqNo: null };
  for (const a of byTag(cell, 'a')) {
    if (textContent(a).trim() !== docNumber) continue;
    const href = attr(a, 'href') ?? '';
    return { pacerDocId: href ? pacerDocIdFromUrl(href) : null, pacerSeqNo: seqNoFromGoDls(attr(a, 'onclick') ?? '') };
  }
  return { pacerDocId: null, pacerSeqNo: null };
}

/** Sequence number from the "view multiple documents" checkbox of a row. */
function checkboxSeqNo(row: Element): string | null {
  const input = byTag(row, 'input').find((i) => attr(i, 'name') === 'arr_de_seq_nums');
  if (!input) return null;
  const value = attr(input, 'value') ?? null;
  const id = attr(input, 'id');
  if (id !== undefined && id.replace(/^arr_de_seq_nums_/, '') !== value) return null;
  return value;
}

const TXNB_TEXT = [
  /^[\s\u00a0]*\d+[\s\u00a0]+\(\d+[\s\u00a0]+pgs;[\s\u00a0]\d+[\s\u00a0]docs\)[\s\u00a0]+([\s\S]*)/,
  /^[\s\u00a0]*\d+[\s\u00a0]+\(\d+[\s\u00a0]+pgs\)[\s\u00a0]+([\s\S]*)/,
  /^[\s\u00a0]*\d+[\s\u00a0]+([\s\S]*)/,
  /^[\s\u00a0]*([\s\S]*)/,
];

function description(cells: Element[], court: string | null): string {
  if (court !== 'txnb') return textWithBreaks(cells[2]);
  const s = textWithBreaks(cells[1]);
  for (const p of TXNB_TEXT) {
    const m = p.exec(s);
    if (m) return m[1];
  }
  return s;
}

function tidyEntry(e: ParsedDocketEntry): ParsedDocketEntry {
  return {
    ...e,
    description: tidy(e.description),
    documentNumber: e.documentNumber === null ? null : tidy(e.documentNumber),
    ...(e.fileSizeStr !== undefined ? { fileSizeStr: tidy(e.fileSizeStr) } : {}),
    ...(e.attachments
      ? {
          attachments: e.attachments.map((a) => ({
            ...a,
            description: tidy(a.description),
            fileSizeStr: tidy(a.fileSizeStr),
          })),
        }
      : {}),
  };
}

export function parseDocketEntries(
  doc: Document,
  rows: Element[],
  opts: { court: string | null; bankruptcy: boolean },
): ParsedDocketEntry[] {
  const { court, bankruptcy } = opts;
  const multiDocs = byTag(doc, 'form').some((f) => attr(f, 'name') === 'view_multi_docs');
  const entries: ParsedDocketEntry[] = [];
  for (const row of rows.slice(1)) {
    let cells = childElements(row, 'td').filter((td) => childElements(td, 'input').length === 0);
    if (multiDocs && cells.length === 4 && textContent(cells[2]).trim() === '') {
      // The empty checkbox cell of a sealed entry.
      cells = [...cells.slice(0, 2), cells[3]];
    }
    if (multiDocs && cells.length === 5) cells = [...cells.slice(0, 3), cells[4]];
    if (cells.length === 0) continue;
    // Some bankruptcy courts add a column before the number.
    if (cells.length === 4) cells = [cells[0], cells[2], cells[3]];

    const dateText = textContent(cells[0]);
    if (!dateText.trim()) {
      // Rows without a date are continuation rows: in multi-document reports, the attachments.
      const last = entries[entries.length - 1];
      if (multiDocs && cells.length >= 3 && last) attachmentsFromCell(cells[2], last, bankruptcy);
      continue;
    }
    if (cells.length < 3 && court !== 'txnb') continue;
    const dateFiled = parseCourtDate(dateText);
    if (!dateFiled) continue;
    const docNumber = documentNumber(cells[1], court);
    const ids = docLinkIds(cells[1], docNumber);
    const text = description(cells, court);
    const entry: ParsedDocketEntry = {
      dateFiled,
      dateEntered: findDateInLines(HEADER_PATTERNS.dateEntered, [text]),
      documentNumber: docNumber,
      description: text,
      pacerDocId: ids.pacerDocId,
      pacerSeqNo: ids.pacerSeqNo ?? checkboxSeqNo(row),
    };
    // Some courts put a word such as "doc" where the number goes; those rows are not entries.
    if (docNumber !== null && !/^\d+$/.test(docNumber)) continue;
    entries.push(entry);
  }
  return entries.map(tidyEntry);
}
