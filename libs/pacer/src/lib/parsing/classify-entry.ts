import type { ParsedEntryType } from './types';

export const DOCKET_ENTRY_TYPES: readonly ParsedEntryType[] = [
  'complaint',
  'amended_complaint',
  'answer',
  'motion',
  'opposition',
  'reply',
  'order',
  'opinion',
  'judgment',
  'stipulation',
  'notice',
  'letter',
  'summons',
  'transcript',
  'minute_entry',
  'other',
];

// Banners and qualifiers clerks put before the document's title.
const PREFIXES: RegExp[] = [
  /^\*+[^*]*\*+\s*/, // **SEALED DOCUMENT**, ***TEXT ONLY NOTICE***
  /^entered in error\W*/i,
  /^(?:[Mm]agistrate\s+)?[Jj]udge\s+(?:[A-Z][\w.'-]*,?\s+){1,5}[A-Z][\w.'-]*:\s*/, // "Judge Mark G. Mastroianni: ELECTRONIC ORDER"
  /^(?:electronic|text|docket text|sealed|redacted|unredacted|supplemental|corrected)\b\s*/i,
];

function stripPrefixes(description: string): string {
  let s = description.replace(/\s+/g, ' ').trim();
  for (let changed = true; changed;) {
    changed = false;
    for (const p of PREFIXES) {
      const next = s.replace(p, '');
      if (next !== s) {
        s = next;
        changed = true;
      }
    }
  }
  return s;
}

/** The title part of a description: before the filer, the references and the first full stop. */
function headOf(text: string): string {
  const cut =
    /\s(?:re|by|filed|as to|against|from|on behalf of|submitted|in case)\s|\s(?:to|granting|denying|on|for)\s+\d+\b|\s-\s|\(|\.\s|;|:\s|\.$/i.exec(
      text.slice(1),
    );
  return cut ? text.slice(0, cut.index + 1) : text;
}

// Document kinds by the phrase that names them; the earliest phrase in the title decides.
const PHRASES: [RegExp, ParsedEntryType][] = [
  [/\b(?:minute entry|minutes|clerk'?s notes)\b/i, 'minute_entry'],
  [/\b(?:hearing|conference|proceedings?|arraignment|sentencing|trial)\s+(?:held|conducted)\b/i, 'minute_entry'],
  [/\btranscripts?\b/i, 'transcript'],
  [/\b(?:memorandum\s+)?opinion\b|\bmemorandum (?:decision|and order)\b|\border (?:&|and) reasons\b/i, 'opinion'],
  [/\b(?:report|findings) (?:and|&) recommendations?\b/i, 'opinion'],
  [/\bproposed (?:order|judgment)\b/i, 'other'],
  [/\bletter motion\b|\bnotice of motion\b/i, 'motion'],
  [/\bletter order\b|\bmemo[- ]endorse/i, 'order'],
  [/\bamended complaint\b/i, 'amended_complaint'],
  [/\b(?:summons|waiver of service|(?:affidavit|proof|return|certificate) of service)\b/i, 'summons'],
  [/\b(?:in opposition|opposition)\b|\bresponse to (?:[\w']+\s+){0,3}motion\b|\bobjections?\b/i, 'opposition'],
  [/\breply\b/i, 'reply'],
  [/\bmotions?\b|\bpetition\b|\bapplication\b/i, 'motion'],
  [/\b(?:complaint|petition for writ|voluntary petition)\b/i, 'complaint'],
  [/\banswer\b/i, 'answer'],
  [/\bjudgment\b/i, 'judgment'],
  [/\border(?:ed|s)?\b/i, 'order'],
  [/\bstipulat(?:ion|ed)\b/i, 'stipulation'],
  [/\bnotice\b/i, 'notice'],
  [/\bletter\b/i, 'letter'],
];

/** Supporting papers ("MEMORANDUM in Support re 10 MOTION ...") belong with the motion they support. */
const IN_SUPPORT = /^(?:memorandum|brief|declaration|affidavit)\b[^.]{0,100}?\bin support\b/i;

/** Clerk's entries that set a hearing on a motion are notices, whatever the motion. */
const HEARING_SET = /\b(?:hearing|conference)\s+(?:set|reset)\b/i;

/**
 * Classifies a docket entry by its text. Reads the document's title (banners such as
 * "**SEALED DOCUMENT**" and the judge prefix of electronic orders removed) and picks the kind named
 * earliest, so "ORDER granting 12 MOTION" is an order and "MOTION for Summary Judgment" a motion.
 */
export function classifyDocketEntry(description: string): ParsedEntryType {
  const text = stripPrefixes(description);
  const head = headOf(text);
  if (IN_SUPPORT.test(text)) return /\bmotion\b/i.test(text) ? 'motion' : 'other';
  if (HEARING_SET.test(head) && !/^(?:[\w']+\s+){0,2}order\b|\bminutes?\b/i.test(head)) return 'notice';
  let best: { index: number; length: number; type: ParsedEntryType } | null = null;
  for (const [pattern, type] of PHRASES) {
    const m = pattern.exec(head);
    if (!m) continue;
    if (!best || m.index < best.index || (m.index === best.index && m[0].length > best.length)) {
      best = { index: m.index, length: m[0].length, type };
    }
  }
  return best?.type ?? 'other';
}
