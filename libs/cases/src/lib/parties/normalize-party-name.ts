const CORPORATE_SUFFIXES =
  /\b(incorporated|inc|corp|corporation|co|company|llc|l\.l\.c|lp|l\.p|llp|ltd|limited|plc|gmbh|ag|s\.a|sa)\b\.?/g;

/** Folds spelling variants of one party name: case, punctuation, "Inc." vs "Inc", "The". */
export function normalizePartyName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[.,'’"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** A looser key used to group entities of one organisation ("OpenAI, Inc." and "OpenAI OpCo LLC"). */
export function partyStem(name: string): string {
  return normalizePartyName(name).replace(CORPORATE_SUFFIXES, ' ').replace(/\s+/g, ' ').trim();
}
