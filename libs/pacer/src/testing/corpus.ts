import fs from 'node:fs';
import { decodePacerText } from '../lib/decode-text';

/** Reads a corpus file as UTF-8, falling back to Latin-1 for files that are not valid UTF-8. */
export function readCorpusText(file: string): string {
  return decodePacerText(fs.readFileSync(file));
}
