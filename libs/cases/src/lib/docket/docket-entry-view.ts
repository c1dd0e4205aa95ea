import { DocketEntry, DocketEntryAttachment } from './docket-entry.entity';
import { DocketEntryType } from './docket-entry-type';
import type { MotionLinks, RuledBy, RulesOn } from '../motions/motion-views';
import type { MotionType } from '../motions/motion-type';

export interface DocketEntryView {
  id: string;
  entryNumber: number | null;
  dateFiled: string;
  dateEntered: string | null;
  entryType: DocketEntryType;
  description: string;
  shortDescription: string | null;
  pacerDocId: string | null;
  pacerSeqNo: string | null;
  pageCount: number | null;
  attachments: DocketEntryAttachment[];
  source: string;
  /** Every source that reported the entry (docket_report, rss, courtlistener). */
  sources: string[];
  firstSeenAt: string;
  lastChangedAt: string;
  /** The motions this entry (an order, opinion or minute entry) decides, by docket number. */
  rulesOn: RulesOn[];
  /** The entries that decided this entry (a motion). */
  ruledBy: RuledBy[];
  /** What this entry asks for, when it is a motion; null otherwise. */
  motionType: MotionType | null;
}

export function toDocketEntryView(entry: DocketEntry, links?: MotionLinks): DocketEntryView {
  return {
    id: entry.id,
    entryNumber: entry.entryNumber,
    dateFiled: entry.dateFiled,
    dateEntered: entry.dateEntered,
    // Written only by libs/pacer's classifier, whose list a test there keeps equal to the enum.
    entryType: entry.entryType as DocketEntryType,
    description: entry.description,
    shortDescription: entry.shortDescription,
    pacerDocId: entry.pacerDocId,
    pacerSeqNo: entry.pacerSeqNo,
    pageCount: entry.pageCount,
    attachments: entry.attachments,
    source: entry.source,
    sources: entry.sources,
    firstSeenAt: entry.firstSeenAt.toISOString(),
    lastChangedAt: entry.lastChangedAt.toISOString(),
    rulesOn: links?.rulesOn ?? [],
    ruledBy: links?.ruledBy ?? [],
    motionType: links?.motionType ?? null,
  };
}
