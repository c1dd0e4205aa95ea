import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { parseMoment } from '../queries/moments';
import { TosError, TosErrorCode } from '../tos-error';
import { classifyClause, ClauseTopic, isClauseTopic, CLAUSE_TOPICS } from '../topics/clause-topics';
import { CaseRefView, TopicClauseView, TopicReportView, VersionRef } from './evidence-views';
import { ancestry } from './in-force';
import { InForceVersion, textClauses, versionsInForce, versionsWithClause } from './tos-evidence.repository';
import { caseParties, CaseParty, providerPartyKeys } from './provider-parties';

export function versionRef(v: InForceVersion): VersionRef {
  return {
    id: v.versionId,
    service: v.service,
    documentType: v.documentType,
    recordedAt: new Date(v.recordedAt).toISOString(),
    effectiveDate: v.effectiveDate,
    sha256: v.sha256,
    sourceUrl: v.sourceUrl,
  };
}

export function parseTopic(value: string): ClauseTopic {
  if (!isClauseTopic(value))
    throw new TosError(TosErrorCode.InvalidTopic, `Unknown clause topic "${value}".`, {
      topic: value,
      allowed: CLAUSE_TOPICS,
    });
  return value;
}

export function parseDate(value: string, parameter: string): Date {
  const moment = parseMoment(value);
  if (!moment)
    throw new TosError(
      TosErrorCode.InvalidVersionReference,
      `${parameter} must be a date (2025-06-01) or a date and time (2025-06-01T12:00:00Z); got "${value}".`,
      { parameter, value },
    );
  return moment;
}

/** "Who forbids what, since when": providers with a clause on a topic in force on a date. */
@Injectable()
export class TosTopicsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async clausesOnTopic(topicName: string, asOf: string): Promise<TopicReportView> {
    const topic = parseTopic(topicName);
    const moment = parseDate(asOf, 'asOf');
    const manager = this.dataSource.manager;
    const versions = await versionsInForce(manager, moment);
    const byId = new Map(versions.map((v) => [v.versionId, v]));
    const clauses = (
      await textClauses(
        manager,
        versions.map((v) => v.versionId),
      )
    ).filter((c) => classifyClause(c.text).includes(topic));
    const chains = await ancestry(manager);
    const found: { provider: string; clause: TopicClauseView }[] = [];
    for (const clause of clauses) {
      const version = byId.get(clause.versionId) as InForceVersion;
      const since = await firstAppearance(
        manager,
        chains.get(version.documentId) ?? [version.documentId],
        clause.key,
        topic,
        moment,
      );
      found.push({
        provider: version.provider,
        clause: {
          service: version.service,
          documentType: version.documentType,
          clauseKey: clause.key,
          label: clause.label,
          text: clause.text,
          topics: classifyClause(clause.text),
          version: versionRef(version),
          since: since ? versionRef(since) : versionRef(version),
        },
      });
    }
    const parties = await caseParties(manager);
    const providers = [...new Set(found.map((f) => f.provider))].sort((a, b) => a.localeCompare(b));
    return {
      topic,
      asOf,
      providers: providers.map((provider) => ({
        provider,
        clauses: found.filter((f) => f.provider === provider).map((f) => f.clause),
        cases: casesOf(provider, parties),
      })),
    };
  }
}

/** The cases in which the provider is a party, with its names there. */
export function casesOf(provider: string, parties: CaseParty[]): CaseRefView[] {
  const keys = new Set(providerPartyKeys(provider));
  const cases = new Map<string, CaseRefView>();
  for (const p of parties) {
    if (!keys.has(p.key)) continue;
    const view = cases.get(p.caseId) ?? { id: p.caseId, slug: p.slug, shortName: p.shortName, parties: [] };
    view.parties.push({ name: p.party, role: p.role });
    cases.set(p.caseId, view);
  }
  return [...cases.values()];
}

/**
 * Walks the lineage's versions back from `moment` while the clause is there with the topic; the
 * last one reached is where it first appeared (in its current unbroken run).
 */
async function firstAppearance(
  manager: EntityManager,
  documentIds: string[],
  key: string,
  topic: ClauseTopic,
  moment: Date,
): Promise<InForceVersion | null> {
  const rows = await versionsWithClause(manager, documentIds, key, moment);
  let first: InForceVersion | null = null;
  for (const row of rows) {
    if (row.text === null || !classifyClause(row.text).includes(topic)) break;
    first = row;
  }
  return first;
}
