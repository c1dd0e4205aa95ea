import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { escapeLike } from '@casetrail/core';
import { DataSource } from 'typeorm';
import { CasesError, CasesErrorCode } from '../cases-error';
import { CasesService } from '../cases/cases.service';
import { MotionAnalyticsQuery } from './motion-analytics.dto';
import { MOTION_DISPOSITION_VALUES, MotionDisposition } from './motion-disposition';
import { MotionType } from './motion-type';
import { motionTypeOf } from './motion-views';

/** One ruling behind a count: the case, the ruling entry and the motion it decided. */
export interface MotionRulingRef {
  case: string;
  rulingEntryId: string;
  motionNumber: string;
  /** Null while the motion's entry is not on the docket. */
  motionEntryId: string | null;
}

export interface DispositionCount {
  disposition: MotionDisposition;
  count: number;
  rulings: MotionRulingRef[];
}

/** Days from a motion's filing to the first ruling on it. */
export interface TimeToRuling {
  case: string;
  motionEntryId: string;
  rulingEntryId: string;
  days: number;
}

export interface MotionAnalyticsView {
  filters: { type: MotionType | null; judge: string | null; court: string | null; case: string | null };
  /** Rulings (one per order and motion and disposition) that match the filters. */
  rulings: number;
  byDisposition: DispositionCount[];
  timeToRuling: { medianDays: number | null; motions: number; items: TimeToRuling[] };
}

interface Row {
  slug: string;
  ruling_entry_id: string;
  motion_entry_id: string | null;
  motion_number: number;
  disposition: MotionDisposition;
  ruling_date: string;
  motion_date: string | null;
  motion_text: string | null;
}

/** Motion outcomes and time to ruling, every figure with the entries it counts so a reader can check it. */
@Injectable()
export class MotionAnalyticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: CasesService,
  ) {}

  async motions(query: MotionAnalyticsQuery): Promise<MotionAnalyticsView> {
    const caseId = query.case ? await this.caseId(query.case) : null;
    const judge = query.judge ? `%${escapeLike(query.judge.trim())}%` : null;
    const rows = await this.dataSource.query<Row[]>(
      `SELECT c.slug, r.ruling_entry_id, r.motion_entry_id, r.motion_number, r.disposition,
              to_char(re.date_filed, 'YYYY-MM-DD') AS ruling_date,
              to_char(me.date_filed, 'YYYY-MM-DD') AS motion_date, me.description AS motion_text
         FROM motion_rulings r
         JOIN docket_entries re ON re.id = r.ruling_entry_id
         LEFT JOIN docket_entries me ON me.id = r.motion_entry_id
         JOIN cases c ON c.id = r.case_id
        WHERE ($1::uuid IS NULL OR r.case_id = $1::uuid)
          AND ($2::text IS NULL OR c.court_id = $2::text)
          AND ($3::text IS NULL OR EXISTS (
                SELECT 1 FROM case_judges cj JOIN judges j ON j.id = cj.judge_id
                 WHERE cj.case_id = c.id AND j.name ILIKE $3::text ESCAPE '\\'))
        ORDER BY c.slug, re.date_filed, re.sort_order, r.span_start, r.motion_number`,
      [caseId, query.court ?? null, judge],
    );
    const kept = query.type
      ? rows.filter((r) => r.motion_text !== null && motionTypeOf(r.motion_text) === query.type)
      : rows;
    return {
      filters: {
        type: query.type ?? null,
        judge: query.judge ?? null,
        court: query.court ?? null,
        case: query.case ?? null,
      },
      rulings: kept.length,
      byDisposition: MOTION_DISPOSITION_VALUES.map((disposition) => {
        const rulings = kept.filter((r) => r.disposition === disposition).map(toRef);
        return { disposition: disposition as MotionDisposition, count: rulings.length, rulings };
      }),
      timeToRuling: timeToRuling(kept),
    };
  }

  private async caseId(idOrSlug: string): Promise<string> {
    try {
      return (await this.cases.findEntity(idOrSlug)).id;
    } catch (err) {
      if (err instanceof CasesError && err.code === CasesErrorCode.CaseNotFound) {
        throw new CasesError(CasesErrorCode.UnknownCase, `No case "${idOrSlug}".`, { case: idOrSlug });
      }
      throw err;
    }
  }
}

function toRef(r: Row): MotionRulingRef {
  return {
    case: r.slug,
    rulingEntryId: r.ruling_entry_id,
    motionNumber: String(r.motion_number),
    motionEntryId: r.motion_entry_id,
  };
}

/** Per motion on the docket, the days to its first ruling; a ruling dated before its motion is contradictory and left out. */
function timeToRuling(rows: Row[]): MotionAnalyticsView['timeToRuling'] {
  const first = new Map<string, TimeToRuling>();
  for (const r of rows) {
    if (r.motion_entry_id === null || r.motion_date === null) continue;
    const days = Math.round((Date.parse(r.ruling_date) - Date.parse(r.motion_date)) / 86_400_000);
    if (days < 0) continue;
    const prior = first.get(r.motion_entry_id);
    if (!prior || days < prior.days) {
      first.set(r.motion_entry_id, {
        case: r.slug,
        motionEntryId: r.motion_entry_id,
        rulingEntryId: r.ruling_entry_id,
        days,
      });
    }
  }
  const items = [...first.values()];
  const sorted = items.map((i) => i.days).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianDays =
    sorted.length === 0 ? null : sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { medianDays, motions: items.length, items };
}
