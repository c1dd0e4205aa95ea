import { FamilyOptions } from '@casetrail/cases';

/**
 * What a `family` target follows: the family the named case belongs to, keyed on its head (the MDL
 * of a member), and every case one relation of any type away from that head (transfers, appeals,
 * refilings, `related` cases), as docs/alerts.md describes. Compiling a subscription and matching an
 * event both use these options, so the key a subscription stores is among the family heads of
 * every event it follows.
 */
export const FAMILY_TARGET: FamilyOptions = { adjacent: true };

/** Document types are lower-case words with underscores (`motion_to_dismiss`). */
export function normalizeDocumentType(type: string): string {
  return type
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
