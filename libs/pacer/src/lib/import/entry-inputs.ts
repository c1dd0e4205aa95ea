import { DocketEntryInput } from '@casetrail/cases';
import { classifyDocketEntry } from '../parsing/classify-entry';
import { isAppellateCourt } from '../parsing/court-ids';
import { courtLocalDate } from '../parsing/court-names';
import type { ParsedDocketEntry, ParsedRssItem } from '../parsing/types';

const MAX_ENTRY_NUMBER = 2_000_000;

/** A printed document number as an integer; null for anything else (none, or a PACER document id). */
export function entryNumberOf(documentNumber: string | null | undefined): number | null {
  if (!documentNumber || !/^\d{1,7}$/.test(documentNumber)) return null;
  const n = Number(documentNumber);
  return n > 0 && n <= MAX_ENTRY_NUMBER ? n : null;
}

/**
 * A docket report's entries as inputs, in docket order: each unnumbered entry sorts after the
 * numbered entry it follows (sort order = number × 1000 + its place after that entry).
 */
export function reportEntryInputs(entries: ParsedDocketEntry[]): DocketEntryInput[] {
  let lastNumber = 0;
  let sinceNumbered = 0;
  return entries
    .filter((e) => Boolean(e.dateFiled))
    .map((e) => {
      const entryNumber = entryNumberOf(e.documentNumber);
      if (entryNumber !== null) {
        lastNumber = entryNumber;
        sinceNumbered = 0;
      } else {
        sinceNumbered = Math.min(sinceNumbered + 1, 999);
      }
      return {
        entryNumber,
        dateFiled: e.dateFiled,
        dateEntered: e.dateEntered,
        description: e.description,
        pacerDocId: e.pacerDocId ?? null,
        pacerSeqNo: e.pacerSeqNo ?? null,
        pageCount: e.pageCount ?? null,
        attachments: (e.attachments ?? []).map((a) => ({
          number: a.attachmentNumber,
          description: a.description,
          pageCount: a.pageCount,
          pacerDocId: a.pacerDocId,
        })),
        entryType: classifyDocketEntry(e.description),
        sortOrder: (entryNumber ?? lastNumber) * 1000 + (entryNumber === null ? sinceNumbered : 0),
      };
    });
}

/** An RSS item as an input: its short description, its publication date, and whatever PACER ids it links. */
export function rssEntryInput(item: ParsedRssItem): DocketEntryInput {
  // Appellate feeds without document numbers carry the document id in the number's place.
  const numberIsDocId = isAppellateCourt(item.court) && item.entryNumber === item.pacerDocId;
  return {
    entryNumber: numberIsDocId ? null : entryNumberOf(item.entryNumber),
    dateFiled: courtLocalDate(item.dateFiled, item.court),
    description: item.description,
    shortDescription: item.description,
    pacerDocId: item.pacerDocId || null,
    pacerSeqNo: item.pacerSeqNo,
    entryType: classifyDocketEntry(item.description),
    keyHint: item.dateFiled,
  };
}
