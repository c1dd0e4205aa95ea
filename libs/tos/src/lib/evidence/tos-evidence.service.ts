import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { diffVersions } from '../analysis/diff';
import { loadKeyedClauses } from '../versions/clauses';
import { changeView } from '../queries/view-mappers';
import { TosError, TosErrorCode } from '../tos-error';
import { classifyClause, CLAUSE_TOPICS } from '../topics/clause-topics';
import { EvidenceDocumentView, EvidencePackView, EvidenceProviderView } from './evidence-views';
import { ancestry } from './in-force';
import { caseByRef, InForceVersion, textClauses, versionsAcross, versionsInForce } from './tos-evidence.repository';
import { caseParties, providerPartyKeys } from './provider-parties';
import { quotingFilings } from './quoting-filings';
import { parseDate, versionRef } from './tos-topics.service';

export interface EvidenceQuery {
  /** Start of the period (a date); default: the case's filing date. */
  from?: string;
  /** End of the period; default: now. */
  to?: string;
}

/**
 * The terms of service of a case's parties over a period: for each party that is a tracked provider,
 * each of its documents with a clause on a topic (training data, outputs, competing models, opt-out,
 * output ownership) or quoted by the case's filings: the versions in force across the period with
 * those clauses, SHA-256, capture time and source URL, the word diffs of those clauses from the
 * first to the last version, and the case's filings quoting the document.
 */
@Injectable()
export class TosEvidenceService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async evidencePack(caseRef: string, query: EvidenceQuery, generatedAt = new Date()): Promise<EvidencePackView> {
    const manager = this.dataSource.manager;
    const theCase = await caseByRef(manager, caseRef);
    if (!theCase) throw new TosError(TosErrorCode.EvidenceCaseNotFound, `No case "${caseRef}".`, { case: caseRef });
    const fromText = query.from ?? theCase.filed_on ?? '2000-01-01';
    const toText = query.to ?? generatedAt.toISOString();
    const from = parseDate(fromText, 'from');
    const to = parseDate(toText, 'to');
    if (from > to)
      throw new TosError(TosErrorCode.DatesOutOfOrder, `"from" (${fromText}) is later than "to" (${toText}).`, {
        from: fromText,
        to: toText,
      });

    const parties = await caseParties(manager, theCase.id);
    const inForce = await versionsInForce(manager, to);
    const chains = await ancestry(manager);
    const providers = [...new Set(inForce.map((v) => v.provider))].sort((a, b) => a.localeCompare(b));
    const out: EvidenceProviderView[] = [];
    for (const provider of providers) {
      const keys = new Set(providerPartyKeys(provider));
      const named = parties.filter((p) => keys.has(p.key));
      if (named.length === 0) continue;
      const documents: EvidenceDocumentView[] = [];
      for (const latest of inForce.filter((v) => v.provider === provider)) {
        const lineage = chains.get(latest.documentId) ?? [latest.documentId];
        const view = await this.documentEvidence(manager, latest, lineage, from, to, theCase.id);
        if (view) documents.push(view);
      }
      out.push({ provider, parties: named.map((p) => ({ name: p.party, role: p.role })), documents });
    }
    return {
      case: { id: theCase.id, slug: theCase.slug, shortName: theCase.short_name, caption: theCase.caption },
      from: fromText,
      to: toText,
      generatedAt: generatedAt.toISOString(),
      topics: CLAUSE_TOPICS,
      providers: out,
    };
  }

  private async documentEvidence(
    manager: EntityManager,
    latest: InForceVersion,
    lineage: string[],
    from: Date,
    to: Date,
    caseId: string,
  ): Promise<EvidenceDocumentView | null> {
    const versions = await versionsAcross(manager, lineage, from, to);
    const clauses = await textClauses(
      manager,
      versions.map((v) => v.versionId),
    );
    const tagged = clauses.map((c) => ({ ...c, topics: classifyClause(c.text) })).filter((c) => c.topics.length > 0);
    const quotedBy = await quotingFilings(manager, { documentIds: lineage, caseId });
    if (tagged.length === 0 && quotedBy.length === 0) return null;
    const first = versions[0];
    const last = versions[versions.length - 1];
    let changes: EvidenceDocumentView['changes'] = [];
    if (first && last && first.versionId !== last.versionId) {
      const before = await loadKeyedClauses(manager, first.versionId);
      const after = await loadKeyedClauses(manager, last.versionId);
      changes = diffVersions(before, after)
        .filter((c) => classifyClause(`${c.before?.text ?? ''} ${c.after?.text ?? ''}`).length > 0)
        .map(changeView);
    }
    return {
      service: latest.service,
      documentType: latest.documentType,
      versions: versions.map((v) => ({
        ...versionRef(v),
        clauses: tagged
          .filter((c) => c.versionId === v.versionId)
          .map((c) => ({ key: c.key, label: c.label, topics: c.topics, text: c.text })),
      })),
      changes,
      quotedBy,
    };
  }
}
