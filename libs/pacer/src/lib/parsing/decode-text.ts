/**
 * Decodes the bytes of a PACER page or feed: UTF-8 when they are valid UTF-8, else Latin-1 (CM/ECF
 * serves ISO-8859-1 pages, and an uploaded file carries no charset).
 */
export function decodePacerText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return Buffer.from(bytes).toString('latin1');
  }
}
