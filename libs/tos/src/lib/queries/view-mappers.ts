import type { ClauseChange, KeyedClause } from '../analysis/types';
import { TosDocument } from '../catalog/tos-document.entity';
import { TosVersion } from '../versions/tos-version.entity';
import { TosClauseChangeView, TosClauseView, TosVersionSummaryView } from './tos-views';

export function summaryView(v: TosVersion, document: TosDocument): TosVersionSummaryView {
  return {
    id: v.id,
    service: document.service?.name ?? '',
    documentType: document.type,
    recordedAt: v.recordedAt.toISOString(),
    effectiveDate: v.effectiveDate,
    kind: v.kind,
    sha256: v.sha256,
    sourceUrl: v.sourceUrl,
    previousVersionId: v.previousVersionId,
    clauseCount: v.clauseCount,
    changeCounts: v.changeCounts,
  };
}

export function clauseView(c: KeyedClause): TosClauseView {
  return {
    key: c.key,
    ordinal: c.ordinal,
    kind: c.kind,
    level: c.level,
    label: c.label,
    headingPath: c.headingPath,
    text: c.text,
  };
}

export function changeView(c: ClauseChange): TosClauseChangeView {
  return {
    key: c.key,
    kind: c.kind,
    before: c.before ? clauseView(c.before) : null,
    after: c.after ? clauseView(c.after) : null,
    wordDiff: c.wordDiff ?? null,
  };
}
