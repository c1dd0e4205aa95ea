import { DomainEventType, NewDomainEvent } from '@casetrail/events';
import type { ClauseChange } from '../analysis/types';
import { ChangeCounts, TosVersionKind } from '../versions/tos-version-kind';

/** What a new version tells the outbox (`tos.version_created`, subject: the version id). */
export interface TosVersionCreatedPayload {
  /** Payload version. */
  v: 1;
  service: string;
  provider: string;
  documentId: string;
  documentType: string;
  versionId: string;
  previousVersionId: string | null;
  recordedAt: string;
  effectiveDate: string | null;
  kind: TosVersionKind;
  changeCounts: ChangeCounts;
}

/** One clause that the company changed (`tos.clause_changed`, subject: the version id). */
export interface TosClauseChangedPayload {
  v: 1;
  service: string;
  provider: string;
  documentId: string;
  documentType: string;
  versionId: string;
  previousVersionId: string | null;
  recordedAt: string;
  clauseKey: string;
  change: ClauseChange['kind'];
  label: string | null;
  /** The clause's text after the change, or before it for a removal. */
  text: string;
}

/**
 * The outbox events of a new version: always `tos.version_created`; and one `tos.clause_changed`
 * per changed clause when the version is a change by the company (kind `change`). First versions
 * and technical re-extractions say nothing about clauses, so that followers of a clause are told of
 * changes that matter and not of re-readings.
 */
export function versionEvents(version: TosVersionCreatedPayload, changes: readonly ClauseChange[]): NewDomainEvent[] {
  const events: NewDomainEvent[] = [
    { type: DomainEventType.TosVersionCreated, subjectId: version.versionId, payload: { ...version } },
  ];
  if (version.kind !== TosVersionKind.Change) return events;
  for (const c of changes) {
    const clause = c.after ?? c.before;
    const payload: TosClauseChangedPayload = {
      v: 1,
      service: version.service,
      provider: version.provider,
      documentId: version.documentId,
      documentType: version.documentType,
      versionId: version.versionId,
      previousVersionId: version.previousVersionId,
      recordedAt: version.recordedAt,
      clauseKey: c.key,
      change: c.kind,
      label: clause?.label ?? null,
      text: clause?.text ?? '',
    };
    events.push({ type: DomainEventType.TosClauseChanged, subjectId: version.versionId, payload: { ...payload } });
  }
  return events;
}
