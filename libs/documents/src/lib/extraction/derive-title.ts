import { TITLE_KEYWORDS } from './classification-rules';
import { cleanMetadataTitle } from './classify-document';
import { DocumentType } from './document-type';
import { isFederalHeaderLine } from './federal-header';

const MAX_TITLE = 200;
const MAX_LINES = 4;
// A title goes on when a line ends with, or the next starts with, a word that cannot end a title.
const ENDS_OPEN = /(?:\b(?:of|to|for|and|in|on|the|re|with|by|or|under|from|its|their|a|an)|[,&:-])$/i;
const STARTS_CONTINUATION =
  /^(?:of|to|for|and|in|on|the|re|with|by|or|under|from|regarding|pursuant|granting|denying)\b/i;
// Caption punctuation before the title on the same line ("Defendants. ) ORDER", "et al., : OPINION").
const CAPTION_SEPARATOR = /^.*[):|]\s*/;
// A word-processor file name printed before the title ("258445_7.doc-- COMPLAINT").
const WORD_PROCESSOR_FILE = /^\S+\.(?:docx?|wpd)\S*\s+/i;

function isUpperCaseLine(line: string): boolean {
  const letters = line.replace(/[^A-Za-z]/g, '');
  if (letters.length < 3 || line.length > 160) return false;
  return letters.replace(/[^A-Z]/g, '').length / letters.length >= 0.7;
}

/**
 * A title for a filing: the upper-case heading line of the first pages that names its type
 * ("ORDER ON FAIR USE", "CLASS ACTION COMPLAINT"), with the lines that continue it; else the file's
 * title metadata when it is not just a file name. Null when neither exists.
 */
export function deriveTitle(leadText: string, type: DocumentType, metadataTitle?: string): string | null {
  const patterns = TITLE_KEYWORDS.filter((k) => k.type === type).map((k) => k.pattern);
  const lines = leadText.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!isUpperCaseLine(line) || isFederalHeaderLine(line) || !patterns.some((p) => p.test(line))) continue;
    const parts = [line.replace(CAPTION_SEPARATOR, '').replace(WORD_PROCESSOR_FILE, '')];
    for (let j = i + 1; j < lines.length && parts.length < MAX_LINES; j++) {
      const next = lines[j];
      if (!next || !isUpperCaseLine(next) || isFederalHeaderLine(next)) break;
      if (!ENDS_OPEN.test(parts[parts.length - 1]) && !STARTS_CONTINUATION.test(next)) break;
      parts.push(next);
    }
    return shorten(parts.join(' '));
  }
  const fromMetadata = metadataTitle ? cleanMetadataTitle(metadataTitle) : '';
  if (fromMetadata.length >= 3 && /\s/.test(fromMetadata) && !/\.(?:png|jpe?g|tiff?|pdf|docx?)\b/i.test(fromMetadata)) {
    return shorten(fromMetadata);
  }
  return null;
}

function shorten(title: string): string | null {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length < 3) return null;
  return clean.length > MAX_TITLE ? `${clean.slice(0, MAX_TITLE - 1).trimEnd()}…` : clean;
}
