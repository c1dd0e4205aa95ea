import { isText } from 'domhandler';
import { type Element, attr, byTag, childElements, childNodes, textContent, textNodes } from './dom';
import type { ParsedAttachment, ParsedDocketEntry } from './types';

// The checkbox value of a document row in "view multiple documents" reports: "docid-bytes-pages".
function checkboxValueParts(row: Element): string[] | null {
  const input = byTag(row, 'input')[0];
  if (!input) return null;
  const parts = (attr(input, 'value') ?? '').split('-');
  return parts.length === 3 ? parts : null;
}

function attachmentNumber(row: Element): number | null {
  for (const td of byTag(row, 'td')) {
    const first = childNodes(td).find(isText);
    if (first) {
      const n = Number.parseInt(first.data.trim(), 10);
      return Number.isNaN(n) ? null : n;
    }
  }
  return null;
}

function cellFirstText(td: Element | undefined): string {
  const first = td ? textNodes(td)[0] : undefined;
  return first ? first.text.trim() : '';
}

function pageCount(row: Element): number | null {
  const parts = checkboxValueParts(row);
  const fromValue = parts ? Number.parseInt(parts[2], 10) : NaN;
  if (fromValue) return fromValue;
  for (const td of childElements(row, 'td')) {
    for (const t of childNodes(td).filter(isText)) {
      if (!textContent(td).includes('page')) continue;
      const word = t.data.trim().split(/\s+/)[0] ?? '';
      if (/^\d+$/.test(word)) return Number(word);
    }
  }
  return null;
}

function fileSizeStr(row: Element): string {
  const cells = childElements(row, 'td');
  const last = cells[cells.length - 1];
  const text = last ? textContent(last) : '';
  return /kb|mb/i.test(text) ? text.trim() : '';
}

function parseAttachmentRow(row: Element, docIdPrefix: string | null, bankruptcy: boolean): ParsedAttachment | null {
  const number = attachmentNumber(row);
  if (number === null) return null;
  const tds = childElements(row, 'td');
  const descIndex = bankruptcy ? 2 : tds.length === 5 ? 2 : 1;
  const parts = checkboxValueParts(row);
  const input = byTag(row, 'input')[0];
  const name = input ? (attr(input, 'name') ?? '') : '';
  const bytes = parts ? Number.parseInt(parts[1], 10) : NaN;
  const attachment: ParsedAttachment = {
    attachmentNumber: number,
    description: cellFirstText(tds[descIndex]),
    pageCount: pageCount(row),
    fileSizeStr: fileSizeStr(row),
    pacerDocId: parts && docIdPrefix !== null ? `${docIdPrefix}0${parts[0]}` : null,
    pacerSeqNo: name.split('_')[2] ?? null,
  };
  if (bytes) attachment.fileSizeBytes = bytes;
  return attachment;
}

/**
 * Reads the attachment table that multi-document reports print under an entry. The row for the
 * main document (number 0) gives the entry's own size and page count; the rest become attachments.
 */
export function attachmentsFromCell(cell: Element, entry: ParsedDocketEntry, bankruptcy = false): void {
  const prefix = entry.pacerDocId ? entry.pacerDocId.slice(0, 3) : null;
  const rows = childElements(cell, 'table').flatMap((t) => byTag(t, 'tr'));
  const attachments: ParsedAttachment[] = [];
  for (const row of rows) {
    const a = parseAttachmentRow(row, prefix, bankruptcy);
    if (!a) continue;
    const isMain = a.pacerDocId === entry.pacerDocId && a.pacerSeqNo === entry.pacerSeqNo;
    if (isMain) {
      entry.fileSizeBytes = a.fileSizeBytes ?? null;
      entry.fileSizeStr = a.fileSizeStr;
      entry.pageCount = a.pageCount;
      if (a.attachmentNumber === 0) continue;
    }
    attachments.push(a);
  }
  if (attachments.length > 0) entry.attachments = attachments;
}
