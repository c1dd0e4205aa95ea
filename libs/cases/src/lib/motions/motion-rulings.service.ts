import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DocketEntry } from '../docket/docket-entry.entity';
import { compareIds, DerivationDocket, DerivationEntry } from '../derived/derivation-docket';
import { MotionRuling } from './motion-ruling.entity';
import { MotionLinks, motionTypeOf, RuledBy, RulesOn } from './motion-views';
import { parseRulings, ParsedRuling } from './parse-rulings';

/**
 * Keeps `motion_rulings` equal to what the docket texts say: the links of an entry are recomputed
 * whenever the entry is inserted or its text changes, and a link naming a motion that is not on the
 * docket yet is tied to the motion's entry when that entry arrives.
 */
@Injectable()
export class MotionRulingsService {
  private readonly logger = new Logger(MotionRulingsService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Recomputes the links of each docket's changed entries inside the caller's transaction, from the
   * docket the caller holds (every entry of the case, as now stored): nothing is read from
   * `docket_entries`. Links waiting for their motion, or whose motion entry changed, are re-tied.
   */
  async recompute(manager: EntityManager, dockets: DerivationDocket[]): Promise<number> {
    let written = 0;
    for (const docket of dockets) written += await this.recomputeCase(manager, docket);
    return written;
  }

  private async recomputeCase(manager: EntityManager, { caseId, entries, changed }: DerivationDocket): Promise<number> {
    if (changed.length === 0) return 0;
    const ids = changed.map((e) => e.id);
    const motionEntry = motionEntryFinder(entries);
    await manager.delete(MotionRuling, { rulingEntryId: In(ids) });
    const rows = changed.flatMap((entry) =>
      safeParse(entry.description, this.logger, entry.id)
        // An order citing its own number names itself, not a motion.
        .filter((r) => Number(r.motionNumber) !== entry.entryNumber)
        .map((r) =>
          Object.assign(new MotionRuling(), {
            caseId,
            rulingEntryId: entry.id,
            motionNumber: Number(r.motionNumber),
            motionEntryId: motionEntry(Number(r.motionNumber), entry.id),
            disposition: r.disposition,
            span: r.span.slice(0, 1000),
            spanStart: r.spanStart,
            spanEnd: r.spanEnd,
          }),
        ),
    );
    for (let i = 0; i < rows.length; i += 500) await manager.insert(MotionRuling, rows.slice(i, i + 500));
    // Older links waiting for their motion, or tied to an entry that just changed, are tied to the entry
    // carrying that number now.
    const waiting = await manager
      .getRepository(MotionRuling)
      .createQueryBuilder('r')
      .select(['r.id', 'r.rulingEntryId', 'r.motionNumber', 'r.motionEntryId'])
      .where('r.case_id = :caseId', { caseId })
      .andWhere('(r.motion_entry_id IS NULL OR r.motion_entry_id IN (:...ids))', { ids })
      .andWhere('r.ruling_entry_id NOT IN (:...ids)', { ids })
      .getMany();
    for (const link of waiting) {
      const target = motionEntry(link.motionNumber, link.rulingEntryId);
      if (target !== link.motionEntryId) await manager.update(MotionRuling, { id: link.id }, { motionEntryId: target });
    }
    return rows.length;
  }

  /** The links of a page of docket entries: what each entry rules on, and which entries ruled on it. */
  async linksFor(entries: Pick<DocketEntry, 'id' | 'description'>[]): Promise<Map<string, MotionLinks>> {
    const ids = entries.map((e) => e.id);
    const links = new Map<string, MotionLinks>(
      entries.map((e) => [e.id, { rulesOn: [], ruledBy: [], motionType: motionTypeOf(e.description) }]),
    );
    if (ids.length === 0) return links;
    const rows = await this.dataSource.query<
      {
        ruling_entry_id: string;
        motion_entry_id: string | null;
        motion_number: number;
        disposition: RulesOn['disposition'];
        span: string;
        ruling_number: number | null;
        ruling_date: string;
      }[]
    >(
      `SELECT r.ruling_entry_id, r.motion_entry_id, r.motion_number, r.disposition, r.span,
              e.entry_number AS ruling_number, to_char(e.date_filed, 'YYYY-MM-DD') AS ruling_date
         FROM motion_rulings r JOIN docket_entries e ON e.id = r.ruling_entry_id
        WHERE r.ruling_entry_id = ANY($1::uuid[]) OR r.motion_entry_id = ANY($1::uuid[])
        ORDER BY e.date_filed, e.sort_order, r.span_start, r.motion_number`,
      [ids],
    );
    for (const row of rows) {
      links.get(row.ruling_entry_id)?.rulesOn.push({
        entryNumber: String(row.motion_number),
        entryId: row.motion_entry_id,
        disposition: row.disposition,
        span: row.span,
      });
      if (row.motion_entry_id) {
        const ruledBy: RuledBy = {
          entryId: row.ruling_entry_id,
          entryNumber: row.ruling_number === null ? null : String(row.ruling_number),
          dateFiled: row.ruling_date,
          disposition: row.disposition,
        };
        links.get(row.motion_entry_id)?.ruledBy.push(ruledBy);
      }
    }
    return links;
  }
}

/**
 * The entry a link to motion number N points at: the first (docket order, then id) entry of the case
 * with that number other than the ruling itself.
 */
function motionEntryFinder(entries: DerivationEntry[]): (motionNumber: number, rulingEntryId: string) => string | null {
  const byNumber = new Map<number, DerivationEntry[]>();
  for (const entry of entries) {
    if (entry.entryNumber === null) continue;
    byNumber.set(entry.entryNumber, [...(byNumber.get(entry.entryNumber) ?? []), entry]);
  }
  for (const list of byNumber.values()) {
    list.sort((a, b) => a.sortOrder - b.sortOrder || compareIds(a.id, b.id));
  }
  return (motionNumber, rulingEntryId) => byNumber.get(motionNumber)?.find((e) => e.id !== rulingEntryId)?.id ?? null;
}

/** Odd text never breaks an import: an entry whose text cannot be read simply gets no links. */
function safeParse(text: string, logger: Logger, entryId: string): ParsedRuling[] {
  try {
    return parseRulings(text);
  } catch (err) {
    logger.warn({ entryId, err: (err as Error).message }, 'motion rulings: entry text not parsed');
    return [];
  }
}
