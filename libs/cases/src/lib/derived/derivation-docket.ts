import { DocketEntry } from '../docket/docket-entry.entity';

/** The fields of a docket entry the derivations (motion links, hearings, stage) read. */
export type DerivationEntry = Pick<
  DocketEntry,
  'id' | 'entryNumber' | 'dateFiled' | 'sortOrder' | 'entryType' | 'description' | 'shortDescription'
>;

/**
 * A case's docket as the writer holds it after an upsert (every entry, as now stored) and the entries
 * the upsert inserted or whose content changed: what the derived tables are refreshed from.
 */
export interface DerivationDocket {
  caseId: string;
  entries: DerivationEntry[];
  changed: DerivationEntry[];
  /** The texts the changed entries had before this upsert (a correction can take a hearing away). */
  replacedTexts?: Pick<DerivationEntry, 'description' | 'shortDescription'>[];
}

/** PostgreSQL's order of uuids (byte order), which is the order of their lower-case text. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Docket order as `ORDER BY date_filed, sort_order, id` gives it. */
export function inDocketOrder<T extends DerivationEntry>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) =>
      (a.dateFiled < b.dateFiled ? -1 : a.dateFiled > b.dateFiled ? 1 : 0) ||
      a.sortOrder - b.sortOrder ||
      compareIds(a.id, b.id),
  );
}

/** The columns to load when the derivations must read a docket themselves (the CLI's rederive). */
export const DERIVATION_COLUMNS = {
  id: true,
  entryNumber: true,
  dateFiled: true,
  sortOrder: true,
  entryType: true,
  description: true,
  shortDescription: true,
} as const;
