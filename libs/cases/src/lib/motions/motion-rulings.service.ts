import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { DocketEntry } from '../docket/docket-entry.entity';
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

  /** Recomputes the links of the given entries (per case), inside the caller's transaction. */
  async recompute(manager: EntityManager, entryIdsByCase: Map<string, string[]>): Promise<number> {
    const ids = [...entryIdsByCase.values()].flat();
    if (ids.length === 0) return 0;
    const entries = await manager.getRepository(DocketEntry).find({
      where: { id: In(ids) },
      select: { id: true, caseId: true, entryNumber: true, description: true },
    });
    await manager.delete(MotionRuling, { rulingEntryId: In(ids) });
    const rows = entries.flatMap((entry) =>
      safeParse(entry.description, this.logger, entry.id)
        // An order citing its own number names itself, not a motion.
        .filter((r) => Number(r.motionNumber) !== entry.entryNumber)
        .map((r) =>
          Object.assign(new MotionRuling(), {
            caseId: entry.caseId,
            rulingEntryId: entry.id,
            motionNumber: Number(r.motionNumber),
            motionEntryId: null,
            disposition: r.disposition,
            span: r.span.slice(0, 1000),
            spanStart: r.spanStart,
            spanEnd: r.spanEnd,
          }),
        ),
    );
    for (let i = 0; i < rows.length; i += 500) await manager.insert(MotionRuling, rows.slice(i, i + 500));
    // New links, links waiting for their motion, and links whose motion entry changed are (re)tied to
    // the entry carrying that number now.
    await manager.query(
      `UPDATE motion_rulings r
          SET motion_entry_id = (
            SELECT e.id FROM docket_entries e
             WHERE e.case_id = r.case_id AND e.entry_number = r.motion_number AND e.id <> r.ruling_entry_id
             ORDER BY e.sort_order, e.id LIMIT 1)
        WHERE r.case_id = ANY($1::uuid[])
          AND (r.motion_entry_id IS NULL OR r.motion_entry_id = ANY($2::uuid[]))`,
      [[...entryIdsByCase.keys()], ids],
    );
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

/** Odd text never breaks an import: an entry whose text cannot be read simply gets no links. */
function safeParse(text: string, logger: Logger, entryId: string): ParsedRuling[] {
  try {
    return parseRulings(text);
  } catch (err) {
    logger.warn({ entryId, err: (err as Error).message }, 'motion rulings: entry text not parsed');
    return [];
  }
}
