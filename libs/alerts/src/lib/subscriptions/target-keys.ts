/** `17 U.S.C.  § 107` → `17 u.s.c. § 107`: case and spacing do not make two citations differ. */
export function normalizeCitationKey(key: string): string {
  return key.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Document types are lower-case words with underscores (`motion_to_dismiss`). */
export function normalizeDocumentType(type: string): string {
  return type.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
