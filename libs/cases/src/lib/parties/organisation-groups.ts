import { partyStem } from './normalize-party-name';

/**
 * Organisations that appear under many entity names ("OpenAI, Inc.", "OpenAI OpCo LLC",
 * "OAI Corporation, LLC"). A party belongs to a group when its stem starts with one of the
 * group's prefixes, word for word. Kept small on purpose: add a group when a new family of
 * entities shows up in the tracked cases.
 */
export const ORGANISATION_GROUPS: readonly { name: string; prefixes: readonly string[] }[] = [
  { name: 'OpenAI', prefixes: ['openai', 'oai'] },
  { name: 'Microsoft', prefixes: ['microsoft'] },
  { name: 'Anthropic', prefixes: ['anthropic'] },
  { name: 'Meta Platforms', prefixes: ['meta platforms', 'facebook'] },
  { name: 'Stability AI', prefixes: ['stability ai'] },
  { name: 'Google', prefixes: ['google', 'alphabet'] },
  { name: 'Getty Images', prefixes: ['getty images'] },
];

export interface PartyGroup {
  /** `org:openai` for a listed organisation, `party:<stem>` otherwise */
  key: string;
  /** "OpenAI", or the party's name as written */
  label: string;
  organisation: boolean;
}

/** The group a party name belongs to: a listed organisation, else its own stem. Null for an empty name. */
export function partyGroup(name: string): PartyGroup | null {
  const stem = partyStem(name);
  if (stem === '') return null;
  for (const group of ORGANISATION_GROUPS) {
    if (group.prefixes.some((prefix) => stem === prefix || stem.startsWith(`${prefix} `))) {
      return { key: `org:${group.name.toLowerCase()}`, label: group.name, organisation: true };
    }
  }
  return { key: `party:${stem}`, label: name.trim(), organisation: false };
}
