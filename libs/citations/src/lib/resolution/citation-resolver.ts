import { Injectable } from '@nestjs/common';
import { ParsedDocketNumber, parseDocketNumber } from '@casetrail/core';
import { EntityManager } from 'typeorm';
import { CASE_KEY_TYPES, StoredCitationType } from '../storage/stored-citation-type';

export interface ResolvableCitation {
  type: StoredCitationType;
  key: string;
}

export interface ResolutionHint {
  /** The citing source's court: preferred when a docket number is tracked in several courts. */
  courtId?: string | null;
}

/** How a docket key is compared: as written, as a parsed federal number, or as an MDL number. */
interface DocketProbe {
  key: string;
  parsed: ParsedDocketNumber | null;
  /** five-digit MDL number of "MDL No. 3143" */
  mdl: string | null;
}

interface DocketRow {
  id: string;
  court_id: string | null;
  number: string;
}

const MDL_KEY = /^MDL No\. (\d{1,5})$/;

function docketProbe(key: string): DocketProbe {
  const mdl = MDL_KEY.exec(key);
  return { key, parsed: mdl ? null : parseDocketNumber(key), mdl: mdl ? mdl[1].padStart(5, '0') : null };
}

/** A regular expression (PostgreSQL syntax) that every number this probe can match satisfies. */
function prefilter(probe: DocketProbe): string | null {
  const sequence = probe.mdl ?? probe.parsed?.sequence;
  return sequence ? `-0*${Number(sequence)}([^0-9]|$)` : null;
}

/** Same year, type and sequence; offices, when both numbers have one, must agree. */
function matches(probe: DocketProbe, number: string): boolean {
  if (number.trim() === probe.key) return true;
  const other = parseDocketNumber(number);
  if (!other) return false;
  if (probe.mdl !== null) return other.caseType === 'md' && other.sequence === probe.mdl;
  const own = probe.parsed;
  if (!own) return false;
  if (own.year !== other.year || own.caseType !== other.caseType || own.sequence !== other.sequence) return false;
  return own.office === null || other.office === null || own.office === other.office;
}

/**
 * Finds the tracked case a citation is about: a case citation (and its short forms, Id., supra)
 * through the reported citations cases carry; a docket number through the case's own or other
 * docket numbers (`MDL No. 3143` also finds the MDL's `-md-03143` docket). Ambiguous docket
 * numbers stay unresolved unless the source's court decides.
 */
@Injectable()
export class CitationResolver {
  /** Map from `type|key` to a case id, for the citations that resolve. */
  async resolveCases(
    manager: EntityManager,
    citations: readonly ResolvableCitation[],
    hint: ResolutionHint = {},
  ): Promise<Map<string, string>> {
    const resolved = new Map<string, string>();
    const caseKeys = new Set<string>();
    const docketKeys = new Set<string>();
    for (const c of citations) {
      if (CASE_KEY_TYPES.has(c.type)) caseKeys.add(c.key);
      else if (c.type === 'docket') docketKeys.add(c.key);
    }
    for (const [key, caseId] of await this.byReportedCitation(manager, [...caseKeys])) {
      for (const type of CASE_KEY_TYPES) resolved.set(`${type}|${key}`, caseId);
    }
    for (const [key, caseId] of await this.byDocketNumber(manager, [...docketKeys], hint))
      resolved.set(`docket|${key}`, caseId);
    return resolved;
  }

  private async byReportedCitation(manager: EntityManager, keys: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (keys.length === 0) return out;
    const rows = await manager.query<{ id: string; key: string }[]>(
      `SELECT c.id, k.key FROM cases c CROSS JOIN LATERAL unnest(c.reported_citations) AS k(key)
       WHERE c.reported_citations && $1::text[] AND k.key = ANY($1::text[])
       ORDER BY c.created_at, c.id`,
      [keys],
    );
    for (const row of rows) if (!out.has(row.key)) out.set(row.key, row.id);
    return out;
  }

  private async byDocketNumber(
    manager: EntityManager,
    keys: string[],
    hint: ResolutionHint,
  ): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (keys.length === 0) return out;
    const probes = keys.map(docketProbe);
    const patterns = probes.flatMap((p) => prefilter(p) ?? []);
    const rows = await manager.query<DocketRow[]>(
      `SELECT * FROM (
         SELECT c.id, c.court_id, c.docket_number AS number FROM cases c WHERE c.docket_number IS NOT NULL
         UNION ALL
         SELECT c.id, o->>'courtId', o->>'docketNumber' FROM cases c CROSS JOIN LATERAL jsonb_array_elements(c.other_docket_numbers) o
       ) n
       WHERE n.number = ANY($1::text[]) OR n.number ~* ANY($2::text[])`,
      [keys, patterns],
    );
    for (const probe of probes) {
      const hits = new Map<string, DocketRow>();
      for (const row of rows) if (matches(probe, row.number)) hits.set(row.id, row);
      let candidates = [...hits.values()];
      if (candidates.length > 1 && hint.courtId) candidates = candidates.filter((r) => r.court_id === hint.courtId);
      if (candidates.length === 1) out.set(probe.key, candidates[0].id);
    }
    return out;
  }
}
