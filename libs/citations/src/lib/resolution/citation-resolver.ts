import { Injectable } from '@nestjs/common';
import { ParsedDocketNumber, parseDocketNumber, SqlRunner } from '@casetrail/core';
import { CitationResolutionRepository, DocketNumberRow } from './citation-resolution.repository';
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
  constructor(private readonly repository: CitationResolutionRepository) {}

  /** Map from `type|key` to a case id, for the citations that resolve. */
  async resolveCases(
    manager: SqlRunner,
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

  private async byReportedCitation(manager: SqlRunner, keys: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (keys.length === 0) return out;
    const rows = await this.repository.byReportedCitation(manager, keys);
    for (const row of rows) if (!out.has(row.key)) out.set(row.key, row.id);
    return out;
  }

  private async byDocketNumber(manager: SqlRunner, keys: string[], hint: ResolutionHint): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (keys.length === 0) return out;
    const probes = keys.map(docketProbe);
    const patterns = probes.flatMap((p) => prefilter(p) ?? []);
    const rows = await this.repository.docketNumbers(manager, keys, patterns);
    for (const probe of probes) {
      const hits = new Map<string, DocketNumberRow>();
      for (const row of rows) if (matches(probe, row.number)) hits.set(row.id, row);
      let candidates = [...hits.values()];
      if (candidates.length > 1 && hint.courtId) candidates = candidates.filter((r) => r.court_id === hint.courtId);
      if (candidates.length === 1) out.set(probe.key, candidates[0].id);
    }
    return out;
  }
}
