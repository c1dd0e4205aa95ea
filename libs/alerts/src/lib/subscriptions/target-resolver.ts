import { isUuid } from '@casetrail/core';
import { Case, CasesService, normalizePartyName } from '@casetrail/cases';
import { normalizeCitationKey } from '@casetrail/citations';
import { EntityManager } from 'typeorm';
import { AlertsError, AlertsErrorCode } from '../alerts-error';
import { anchorLexemes } from '../matching/tsquery-anchors';
import { SubscriptionTargetBody } from './subscription.dto';
import { AlertSubscription, StoredTarget } from './subscription.entity';
import { TargetType } from './subscription-enums';
import { webSearchTsquery } from './subscriptions.repository';
import { FAMILY_TARGET } from './target-keys';

/** The matching columns a target compiles to. */
export type CompiledTarget = Pick<
  AlertSubscription,
  | 'targetType'
  | 'targetKey'
  | 'target'
  | 'searchQuery'
  | 'searchTsquery'
  | 'anchorLexemes'
  | 'filterCaseId'
  | 'filterCourt'
  | 'filterParty'
  | 'filterJudge'
  | 'filterKind'
>;

const FIELDS_BY_TYPE: Record<TargetType, (keyof SubscriptionTargetBody)[]> = {
  [TargetType.Case]: ['case'],
  [TargetType.Family]: ['case'],
  [TargetType.Search]: ['q', 'filters'],
  [TargetType.Party]: ['name'],
  [TargetType.Judge]: ['name'],
  [TargetType.TosDocument]: ['tosDocumentId'],
  [TargetType.Clause]: ['tosDocumentId', 'clauseKey'],
  [TargetType.Citation]: ['key', 'case'],
};

/**
 * Resolves a target once, at creation, into indexed columns: cases to ids, names to the normalised
 * keys parties and judges are stored under, a saved search to a tsquery plus its anchor lexemes.
 */
export async function compileTarget(
  manager: EntityManager,
  cases: CasesService,
  body: SubscriptionTargetBody,
): Promise<CompiledTarget> {
  const allowed = FIELDS_BY_TYPE[body.type];
  const given = (Object.keys(body) as (keyof SubscriptionTargetBody)[]).filter(
    (k) => k !== 'type' && body[k] !== undefined,
  );
  const extra = given.filter((k) => !allowed.includes(k));
  if (extra.length > 0) {
    throw invalid(`A ${body.type} target takes ${allowed.join(', ')}; not ${extra.join(', ')}.`, { fields: extra });
  }
  const base: CompiledTarget = {
    targetType: body.type,
    targetKey: null,
    target: { type: body.type },
    searchQuery: null,
    searchTsquery: null,
    anchorLexemes: [],
    filterCaseId: null,
    filterCourt: null,
    filterParty: null,
    filterJudge: null,
    filterKind: null,
  };
  switch (body.type) {
    case TargetType.Case: {
      const found = await findCase(manager, required(body.case, 'target.case'));
      return {
        ...base,
        targetKey: found.id,
        target: { type: body.type, caseId: found.id, slug: found.slug, caption: found.shortName },
      };
    }
    case TargetType.Family: {
      const found = await findCase(manager, required(body.case, 'target.case'));
      const { root } = await cases.familyOf(found.id, FAMILY_TARGET, manager);
      return {
        ...base,
        targetKey: root.id,
        target: { type: body.type, caseId: root.id, slug: root.slug, caption: root.shortName },
      };
    }
    case TargetType.Party:
    case TargetType.Judge: {
      const name = required(body.name, 'target.name');
      return { ...base, targetKey: normalizePartyName(name), target: { type: body.type, name } };
    }
    case TargetType.TosDocument: {
      const id = required(body.tosDocumentId, 'target.tosDocumentId');
      return { ...base, targetKey: id, target: { type: body.type, tosDocumentId: id } };
    }
    case TargetType.Clause: {
      const id = required(body.tosDocumentId, 'target.tosDocumentId');
      const clauseKey = required(body.clauseKey, 'target.clauseKey');
      return { ...base, targetKey: `${id}#${clauseKey}`, target: { type: body.type, tosDocumentId: id, clauseKey } };
    }
    case TargetType.Citation: {
      if ((body.key === undefined) === (body.case === undefined))
        throw invalid('A citation target takes either key or case.', { fields: ['key', 'case'] });
      if (body.key !== undefined) {
        // The canonical key the citations lib records ("17 USC 107" → "17 U.S.C. § 107"); ToS clause keys as given.
        const key = normalizeCitationKey(body.key) ?? body.key.trim();
        return { ...base, targetKey: key, target: { type: body.type, key: body.key, canonicalKey: key } };
      }
      const found = await findCase(manager, required(body.case, 'target.case'));
      return {
        ...base,
        targetKey: `case:${found.id}`,
        target: { type: body.type, caseId: found.id, slug: found.slug, caption: found.shortName },
      };
    }
    case TargetType.Search:
      return compileSearch(manager, body, base);
  }
}

async function compileSearch(
  manager: EntityManager,
  body: SubscriptionTargetBody,
  base: CompiledTarget,
): Promise<CompiledTarget> {
  const q = required(body.q, 'target.q').trim();
  const tsquery = await webSearchTsquery(manager, q);
  const anchors = tsquery ? anchorLexemes(tsquery) : null;
  if (!anchors) {
    throw invalid(
      'The search needs at least one word that must appear (stop words and exclusions alone match everything).',
      {
        field: 'target.q',
        tsquery,
      },
    );
  }
  const filters = body.filters ?? {};
  const filterCase = filters.case ? await findCase(manager, filters.case) : null;
  const stored: StoredTarget = { type: body.type, q };
  const storedFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  if (Object.keys(storedFilters).length > 0) stored['filters'] = storedFilters;
  return {
    ...base,
    target: stored,
    searchQuery: q,
    searchTsquery: tsquery,
    anchorLexemes: anchors,
    filterCaseId: filterCase?.id ?? null,
    filterCourt: filters.court?.trim().toLowerCase() ?? null,
    filterParty: filters.party ? normalizePartyName(filters.party) : null,
    filterJudge: filters.judge ? normalizePartyName(filters.judge) : null,
    filterKind: filters.kind ?? null,
  };
}

async function findCase(manager: EntityManager, idOrSlug: string): Promise<Case> {
  const where = isUuid(idOrSlug) ? { id: idOrSlug } : { slug: idOrSlug.trim().toLowerCase() };
  const found = await manager.getRepository(Case).findOne({ where });
  if (!found) throw new AlertsError(AlertsErrorCode.TargetNotFound, `No case "${idOrSlug}".`, { case: idOrSlug });
  return found;
}

function required(value: string | undefined, field: string): string {
  if (value === undefined || value.trim() === '')
    throw invalid(`${field} is required for this target type.`, { field });
  return value;
}

function invalid(message: string, details: Record<string, unknown>): AlertsError {
  return new AlertsError(AlertsErrorCode.InvalidSubscription, message, details);
}
