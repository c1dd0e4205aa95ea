import { Injectable } from '@nestjs/common';
import { normalizeDocketNumber, slugify } from '@casetrail/core';
import { EntityManager, In } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CaseStatus } from '../cases/case-status';
import { Court } from '../courts/court.entity';
import { lockKeys } from './advisory-locks';

export type RecordOutcome = 'created' | 'updated' | 'unchanged';

/** A case as a source (docket report, feed) names it: court, docket number as written, and name. */
export interface CaseKey {
  courtId: string;
  /** As the source wrote it; matched in its normalised form. */
  docketNumber: string;
  caseName: string;
}

/**
 * The one writer of courts and of cases that sources (PACER reports and feeds) name by court and
 * docket number: natural keys, advisory locks, unique slugs, and curated fields left alone.
 */
@Injectable()
export class CaseRecordsService {
  async courtExists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(Court).exists({ where: { id } });
  }

  /** Inserts the court; a row that another writer inserted meanwhile is kept as it is. */
  async createCourt(manager: EntityManager, court: Court): Promise<void> {
    await manager.createQueryBuilder().insert().into(Court).values(court).orIgnore().execute();
  }

  async findCase(manager: EntityManager, key: CaseKey): Promise<Case | null> {
    const found = await this.findCases(manager, key.courtId, [key.docketNumber]);
    return found.get(normalizeDocketNumber(key.docketNumber)) ?? null;
  }

  /** The court's cases with these docket numbers, locked until the transaction ends, by normalised number. */
  async findCases(manager: EntityManager, courtId: string, docketNumbers: string[]): Promise<Map<string, Case>> {
    const normalized = docketNumbers.map(normalizeDocketNumber);
    // Serialises writers of these cases (API, CLI and poller may import one at once) until the transaction ends.
    await lockKeys(
      manager,
      normalized.map((n) => `case:${courtId}:${n}`),
    );
    const found = await manager.getRepository(Case).find({ where: { courtId, docketNumber: In(normalized) } });
    return new Map(found.map((c) => [c.docketNumber as string, c]));
  }

  /** Creates cases a source names for the first time (the caller holds their locks through `findCases`). */
  async createCases(manager: EntityManager, keys: CaseKey[], values: Partial<Case> = {}): Promise<Case[]> {
    if (keys.length === 0) return [];
    const repo = manager.getRepository(Case);
    const prepared = keys.map((key) => ({ key, docketNumber: normalizeDocketNumber(key.docketNumber) }));
    const slugs = await uniqueSlugs(manager, prepared);
    const rows = prepared.map(({ key, docketNumber }, i) => {
      const caption = key.caseName.trim() || `${key.courtId} ${docketNumber}`;
      return repo.create({
        slug: slugs[i],
        caption,
        shortName: caption.length > 200 ? `${caption.slice(0, 197)}...` : caption,
        courtId: key.courtId,
        docketNumber,
        docketNumberAsWritten: key.docketNumber,
        status: CaseStatus.Pending,
        ...values,
      });
    });
    for (let i = 0; i < rows.length; i += 500) await repo.insert(rows.slice(i, i + 500));
    return rows;
  }

  /**
   * The case a source describes, created or brought up to date. Curated fields (caption, short name,
   * slug, a status other than pending) are left alone; non-null source values fill and refresh the
   * rest, and a termination date closes a pending case.
   */
  async upsertCase(
    manager: EntityManager,
    key: CaseKey,
    fromSource: Partial<Case>,
  ): Promise<{ entity: Case; outcome: RecordOutcome }> {
    const existing = await this.findCase(manager, key);
    if (!existing) {
      const status = fromSource.terminatedOn ? CaseStatus.Closed : CaseStatus.Pending;
      const [created] = await this.createCases(manager, [key], { ...fromSource, status });
      return { entity: created, outcome: 'created' };
    }
    const changes: Partial<Case> = {};
    for (const [field, value] of Object.entries(fromSource) as [keyof Case, Case[keyof Case]][]) {
      if (value !== null && value !== existing[field]) Object.assign(changes, { [field]: value });
    }
    if (fromSource.terminatedOn && existing.status === CaseStatus.Pending) changes.status = CaseStatus.Closed;
    if (Object.keys(changes).length === 0) return { entity: existing, outcome: 'unchanged' };
    await manager.getRepository(Case).update({ id: existing.id }, changes);
    return { entity: { ...existing, ...changes } as Case, outcome: 'updated' };
  }
}

/** Slugs for new cases: the case name, else name + court + number, else court + number, else numbered. */
async function uniqueSlugs(manager: EntityManager, keys: { key: CaseKey; docketNumber: string }[]): Promise<string[]> {
  const repo = manager.getRepository(Case);
  const candidates = keys.map(({ key, docketNumber }) =>
    [
      slugify(key.caseName),
      slugify(`${key.caseName} ${key.courtId} ${docketNumber}`),
      slugify(`${key.courtId} ${docketNumber}`) || 'case',
    ].filter(Boolean),
  );
  const taken = new Set(
    (await repo.find({ select: { slug: true }, where: { slug: In(candidates.flat()) } })).map((c) => c.slug),
  );
  const slugs: string[] = [];
  for (const options of candidates) {
    let slug = options.find((candidate) => !taken.has(candidate));
    for (let n = 2; !slug; n += 1) {
      const numbered = `${options[options.length - 1]}-${n}`;
      if (!taken.has(numbered) && !(await repo.exists({ where: { slug: numbered } }))) slug = numbered;
    }
    taken.add(slug);
    slugs.push(slug);
  }
  return slugs;
}
