/** Document types are lower-case words with underscores (`motion_to_dismiss`). */
export function normalizeDocumentType(type: string): string {
  return type.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
