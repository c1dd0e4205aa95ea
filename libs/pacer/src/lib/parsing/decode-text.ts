import { stripUnsafeText } from '@casetrail/core';

/**
 * Decodes the bytes of a PACER page or feed: UTF-8 when they are valid UTF-8, else Latin-1 (CM/ECF
 * serves ISO-8859-1 pages, and an uploaded file carries no charset).
 */
export function decodePacerText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = Buffer.from(bytes).toString('latin1');
  }
  // Content: a stray NUL is dropped (PostgreSQL cannot store it), not a reason to refuse the page.
  return stripUnsafeText(text);
}
