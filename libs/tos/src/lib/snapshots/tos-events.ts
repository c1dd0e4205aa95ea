import { DomainEventType, NewDomainEvent, TosClauseChangedPayload, TosVersionCreatedPayload } from '@casetrail/events';
import { inlineToPlain } from '../analysis/text';
import type { ClauseChange, KeyedClause } from '../analysis/types';
import { ChangeCounts, TosVersionKind } from '../versions/tos-version-kind';

/** The facts of a new version that its events carry. */
export interface NewVersionFacts {
  service: string;
  provider: string;
  tosDocumentId: string;
  documentType: string;
  versionId: string;
  previousVersionId: string | null;
  recordedAt: string;
  effectiveDate: string | null;
  kind: TosVersionKind;
  changeCounts: ChangeCounts;
  clauses: readonly KeyedClause[];
  changes: readonly ClauseChange[];
}

/** `tos.version_created` as libs/events defines it, plus what the ToS lib knows beyond it. */
export interface TosVersionCreatedEventPayload extends TosVersionCreatedPayload {
  provider: string;
  previousVersionId: string | null;
  effectiveDate: string | null;
  kind: TosVersionKind;
  changeCounts: ChangeCounts;
}

/** `tos.clause_changed` as libs/events defines it, plus the clause's label and its document. */
export interface TosClauseChangedEventPayload extends TosClauseChangedPayload {
  provider: string;
  documentType: string;
  label: string | null;
  recordedAt: string;
  previousVersionId: string | null;
}

const MAX_CHANGED_KEYS = 1000;
/** Text of a first version carried for matching saved searches; webhooks leave `text` out. */
const MAX_TEXT = 50_000;

/** "3. Customer obligations. (3.3(e))": the clause's section and label, as a reader finds it. */
function headingOf(clause: KeyedClause): string {
  const section = clause.headingPath[clause.headingPath.length - 1] ?? '';
  const label = clause.label ? `(${clause.label})` : '';
  const heading = [section, label].filter(Boolean).join(' ');
  return heading || inlineToPlain(clause.text).split(/\s+/).slice(0, 8).join(' ');
}

/** The first top heading of the text ("OpenAI Services Agreement"), else the document type. */
function titleOf(facts: NewVersionFacts): string {
  const top =
    facts.clauses.find((c) => c.kind === 'heading' && c.level === 1) ?? facts.clauses.find((c) => c.kind === 'heading');
  return top ? inlineToPlain(top.text) : facts.documentType;
}

/**
 * The outbox events of a new version (payloads: libs/events, domain-event-payloads.ts):
 * - always one `tos.version_created`; for a document's first version it carries the text (the
 *   clauses new against its predecessor, or all of them) for saved searches;
 * - when the company changed the terms (kind `change`), one `tos.clause_changed` per clause added,
 *   removed or modified, with its text: saved searches match these, once per clause.
 * Technical re-extractions and moved clauses record no clause events, so followers of a clause
 * hear about changes to its wording, not about the page being read again.
 */
export function versionEvents(facts: NewVersionFacts): NewDomainEvent[] {
  const firstText =
    facts.kind === TosVersionKind.First
      ? facts.changes
          .filter((c) => c.kind === 'added' || c.kind === 'modified')
          .map((c) => inlineToPlain(c.after?.text ?? ''))
          .join('\n')
          .slice(0, MAX_TEXT)
      : null;
  const created: TosVersionCreatedEventPayload = {
    tosDocumentId: facts.tosDocumentId,
    versionId: facts.versionId,
    service: facts.service,
    documentType: facts.documentType,
    title: titleOf(facts),
    recordedAt: facts.recordedAt,
    changedClauseKeys: facts.changes.slice(0, MAX_CHANGED_KEYS).map((c) => c.key),
    ...(firstText !== null ? { text: firstText } : {}),
    provider: facts.provider,
    previousVersionId: facts.previousVersionId,
    effectiveDate: facts.effectiveDate,
    kind: facts.kind,
    changeCounts: facts.changeCounts,
  };
  const events: NewDomainEvent[] = [
    { type: DomainEventType.TosVersionCreated, subjectId: facts.versionId, payload: { ...created } },
  ];
  if (facts.kind !== TosVersionKind.Change) return events;
  for (const c of facts.changes) {
    if (c.kind === 'moved') continue;
    const clause = c.after ?? c.before;
    if (!clause) continue;
    const payload: TosClauseChangedEventPayload = {
      tosDocumentId: facts.tosDocumentId,
      versionId: facts.versionId,
      service: facts.service,
      clauseKey: c.key,
      heading: headingOf(clause),
      change: c.kind,
      ...(c.after ? { text: inlineToPlain(c.after.text) } : {}),
      ...(c.before && c.kind !== 'added' ? { previousText: inlineToPlain(c.before.text) } : {}),
      provider: facts.provider,
      documentType: facts.documentType,
      label: clause.label,
      recordedAt: facts.recordedAt,
      previousVersionId: facts.previousVersionId,
    };
    events.push({ type: DomainEventType.TosClauseChanged, subjectId: facts.versionId, payload: { ...payload } });
  }
  return events;
}
