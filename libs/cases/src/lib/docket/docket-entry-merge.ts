import { sha256Hex } from '@casetrail/core';
import { DocketEntryInput } from './docket-entry-input';
import { DocketEntry, DocketEntrySource } from './docket-entry.entity';

/** The fields whose change is a change of the entry (and a `docket_entry.updated` event). */
export const CONTENT_FIELDS = [
  'entryNumber',
  'dateFiled',
  'dateEntered',
  'description',
  'shortDescription',
  'entryType',
  'pacerDocId',
  'pacerSeqNo',
  'pageCount',
  'attachments',
] as const;

export type EntryContent = Pick<DocketEntry, (typeof CONTENT_FIELDS)[number]>;

/** JSON with object keys sorted: jsonb gives keys back in its own order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function contentHash(content: EntryContent): string {
  return sha256Hex(canonicalJson(CONTENT_FIELDS.map((field) => content[field] ?? null)));
}

export function changedFields(before: EntryContent, after: EntryContent): (keyof EntryContent)[] {
  return CONTENT_FIELDS.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
}

const squash = (s: string): string => s.split(/\s+/).filter(Boolean).join(' ');

/** The entry's key before duplicates within one batch are told apart. */
export function baseNaturalKey(input: DocketEntryInput): string {
  if (input.entryNumber !== null) return `no:${input.entryNumber}`;
  if (input.pacerSeqNo) return `seq:${input.pacerSeqNo}`;
  if (input.pacerDocId) return `doc:${input.pacerDocId}`;
  const hash = sha256Hex(squash(input.description).toLowerCase()).slice(0, 16);
  return `text:${input.dateFiled}:${hash}${input.keyHint ? `:${input.keyHint}` : ''}`;
}

/** Keys for a batch, in order: the second entry numbered 12 (a clerk's slip, it happens) is `no:12#2`. */
export function naturalKeys(inputs: DocketEntryInput[]): string[] {
  const seen = new Map<string, number>();
  return inputs.map((input) => {
    const base = baseNaturalKey(input);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

export function contentOfInput(input: DocketEntryInput): EntryContent {
  return {
    entryNumber: input.entryNumber,
    dateFiled: input.dateFiled,
    dateEntered: input.dateEntered ?? null,
    description: input.description,
    shortDescription: input.shortDescription ?? null,
    entryType: input.entryType,
    pacerDocId: input.pacerDocId ?? null,
    pacerSeqNo: input.pacerSeqNo ?? null,
    pageCount: input.pageCount ?? null,
    attachments: input.attachments ?? [],
  };
}

/**
 * The entry after `input` is merged into `existing`. A docket report (or CourtListener's copy of one) speaks for the whole entry;
 * an RSS item (a short description and a publication time) only fills gaps in an entry a docket
 * report already described, so a feed never overwrites the docket text with its summary.
 */
export function mergeEntry(
  existing: DocketEntry,
  input: DocketEntryInput,
  source: DocketEntrySource,
): { content: EntryContent; source: DocketEntrySource } {
  const speaksForEntry =
    source === DocketEntrySource.DocketReport ||
    source === DocketEntrySource.CourtListener ||
    existing.source === DocketEntrySource.Rss;
  if (speaksForEntry) {
    return {
      source,
      content: {
        entryNumber: input.entryNumber ?? existing.entryNumber,
        dateFiled: input.dateFiled,
        dateEntered: input.dateEntered ?? existing.dateEntered,
        description: input.description,
        shortDescription: input.shortDescription ?? existing.shortDescription,
        entryType: input.entryType,
        pacerDocId: input.pacerDocId ?? existing.pacerDocId,
        pacerSeqNo: input.pacerSeqNo ?? existing.pacerSeqNo,
        pageCount: input.pageCount ?? existing.pageCount,
        attachments: input.attachments && input.attachments.length > 0 ? input.attachments : existing.attachments,
      },
    };
  }
  return {
    source: existing.source,
    content: {
      entryNumber: existing.entryNumber ?? input.entryNumber,
      dateFiled: existing.dateFiled,
      dateEntered: existing.dateEntered,
      description: existing.description,
      shortDescription: input.shortDescription ?? existing.shortDescription,
      entryType: existing.entryType,
      pacerDocId: existing.pacerDocId ?? input.pacerDocId ?? null,
      pacerSeqNo: existing.pacerSeqNo ?? input.pacerSeqNo ?? null,
      pageCount: existing.pageCount,
      attachments: existing.attachments,
    },
  };
}
