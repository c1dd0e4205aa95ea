import { partyGroup } from '@casetrail/cases';
import type { SqlRunner } from '@casetrail/core';
import { casePartyRows } from './tos-evidence.repository';

/**
 * Providers whose party names differ from the name the ToS tracker gives them. Every other
 * provider is matched through its own name, after dropping a parenthesis ("Codeium (Windsurf)").
 */
const PROVIDER_PARTY_NAMES: Record<string, string[]> = {
  meta: ['Meta Platforms', 'Meta'],
  'github (microsoft)': ['GitHub', 'Microsoft'],
  'codeium (windsurf)': ['Codeium', 'Windsurf', 'Exafunction'],
  'mistral ai': ['Mistral AI'],
};

/** The normalised organisation keys (libs/cases `partyGroup`) a provider appears under as a party. */
export function providerPartyKeys(provider: string): string[] {
  const names = PROVIDER_PARTY_NAMES[provider.trim().toLowerCase()] ?? [provider.replace(/\s*\(.*\)\s*$/, '')];
  return [...new Set(names.flatMap((name) => partyGroup(name)?.key ?? []))];
}

export interface CaseParty {
  caseId: string;
  slug: string;
  shortName: string;
  party: string;
  role: string;
  key: string;
}

/** Every party of every case (or of one case), with its organisation key. */
export async function caseParties(manager: SqlRunner, caseId?: string): Promise<CaseParty[]> {
  const rows = await casePartyRows(manager, caseId);
  return rows.flatMap((r) => {
    const key = partyGroup(r.name)?.key;
    return key ? [{ caseId: r.case_id, slug: r.slug, shortName: r.short_name, party: r.name, role: r.role, key }] : [];
  });
}
