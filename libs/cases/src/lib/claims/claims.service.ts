import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUuid } from '@casetrail/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { Case } from '../cases/case.entity';
import { CasesError, CasesErrorCode } from '../cases-error';
import { CaseClaimStatusChange } from './case-claim-status-change.entity';
import { CaseClaim } from './case-claim.entity';
import { ClaimStatus } from './claim-code';
import { RecordClaimStatusBody } from './claim.dto';
import { ClaimView, toClaimView } from './claim-views';
import { ClaimsError, ClaimsErrorCode } from './claims-error';
import { classifyClaim } from './classify-claim';
import { ClaimSourcePage, extractPleadedClaims } from './extract-claims';

/** The pleading claims are read from: a stored filing of the case. */
export interface PleadingRef {
  caseId: string;
  documentId: string;
  entryNumber: number | null;
}

/** Where a tracker's claim list comes from (the seed's case sources). */
export interface TrackedClaimsSource {
  url: string | null;
}

type NewClaim = Omit<CaseClaim, 'id' | 'case' | 'history' | 'createdAt' | 'updatedAt' | 'status'>;

@Injectable()
export class ClaimsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The claims of a case with their status histories; throws `case_not_found`. */
  async list(idOrSlug: string): Promise<ClaimView[]> {
    const caseId = await this.caseIdOf(this.dataSource.manager, idOrSlug);
    return this.forCase(caseId);
  }

  /** The claims of a case known by id, in pleading order (document, ordinal), then seed claims. */
  async forCase(caseId: string, manager: EntityManager = this.dataSource.manager): Promise<ClaimView[]> {
    const claims = await manager.getRepository(CaseClaim).find({
      where: { caseId },
      order: { documentId: 'ASC', ordinal: 'ASC', createdAt: 'ASC', code: 'ASC' },
    });
    if (claims.length === 0) return [];
    const changes = await manager.getRepository(CaseClaimStatusChange).find({
      where: { claimId: In(claims.map((c) => c.id)) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    // Changes written in one transaction share a timestamp; the first (from no status) leads.
    changes.sort(
      (a, b) =>
        a.createdAt.getTime() - b.createdAt.getTime() || Number(a.fromStatus !== null) - Number(b.fromStatus !== null),
    );
    return claims.map((claim) =>
      toClaimView(
        claim,
        changes.filter((c) => c.claimId === claim.id),
      ),
    );
  }

  /**
   * Records a sourced change of a claim's status. Throws `case_not_found`, `claim_not_found`, or
   * `claim_status_source_missing` when the body names no document, entry or URL.
   */
  async recordStatus(idOrSlug: string, claimId: string, body: RecordClaimStatusBody): Promise<ClaimView> {
    if (!body.documentId && body.entryNumber === undefined && !body.sourceUrl) {
      throw new ClaimsError(
        ClaimsErrorCode.ClaimStatusSourceMissing,
        'A status change needs its source: documentId, entryNumber or sourceUrl.',
        { claim: claimId },
      );
    }
    return this.dataSource.transaction(async (manager) => {
      const caseId = await this.caseIdOf(manager, idOrSlug);
      const claim = isUuid(claimId)
        ? await manager
            .getRepository(CaseClaim)
            .findOne({ where: { id: claimId, caseId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!claim) {
        throw new ClaimsError(ClaimsErrorCode.ClaimNotFound, `No claim ${claimId} in case "${idOrSlug}".`, {
          claim: claimId,
        });
      }
      await manager.insert(CaseClaimStatusChange, {
        claimId: claim.id,
        fromStatus: claim.status,
        status: body.status,
        decidedOn: body.decidedOn ?? null,
        documentId: body.documentId ?? null,
        entryNumber: body.entryNumber ?? null,
        page: body.page ?? null,
        sourceUrl: body.sourceUrl ?? null,
        note: body.note ?? null,
      });
      await manager.update(CaseClaim, { id: claim.id }, { status: body.status });
      const [view] = (await this.forCase(caseId, manager)).filter((c) => c.id === claim.id);
      return view;
    });
  }

  /**
   * Reads the counts of a complaint and stores each (one row per recognised theory) as a pending
   * claim sourced to the document and page, inside the caller's transaction. Claims already read
   * from the same document are kept as they are (with their statuses). Returns how many were added.
   */
  async recordPleaded(
    manager: EntityManager,
    pleading: PleadingRef,
    pages: readonly ClaimSourcePage[],
  ): Promise<number> {
    let added = 0;
    for (const pleaded of extractPleadedClaims(pages)) {
      for (const code of pleaded.codes) {
        const inserted = await this.insertClaim(manager, {
          caseId: pleading.caseId,
          naturalKey: `doc:${pleading.documentId}:${pleaded.ordinal ?? pleaded.heading.toLowerCase()}:${code}`,
          code,
          heading: pleaded.heading,
          label: pleaded.label,
          ordinal: pleaded.ordinal,
          statutes: pleaded.statutes,
          documentId: pleading.documentId,
          entryNumber: pleading.entryNumber,
          page: pleaded.page,
          sourceUrl: null,
        });
        if (inserted) added += 1;
      }
    }
    return added;
  }

  /**
   * Stores a tracker's free-text claims (the seed's) as claim rows, each text mapped to its codes
   * and sourced to `source`. A text that says the claim was abandoned or rejected gets that status
   * as a second, equally sourced change. Idempotent.
   */
  async recordTracked(
    manager: EntityManager,
    caseId: string,
    texts: readonly string[],
    source: TrackedClaimsSource,
  ): Promise<number> {
    let added = 0;
    for (const text of texts) {
      const { codes, statutes } = classifyClaim(text);
      const status = trackedStatus(text);
      for (const code of codes) {
        const inserted = await this.insertClaim(
          manager,
          {
            caseId,
            naturalKey: `seed:${text}:${code}`,
            code,
            heading: text,
            label: null,
            ordinal: null,
            statutes,
            documentId: null,
            entryNumber: null,
            page: null,
            sourceUrl: source.url,
          },
          status,
        );
        if (inserted) added += 1;
      }
    }
    return added;
  }

  /** Inserts a claim with its first status change; false when the natural key exists already. */
  private async insertClaim(manager: EntityManager, claim: NewClaim, status = ClaimStatus.Pending): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(CaseClaim)
      .values({ ...claim, status })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (result.raw as { id: string }[])[0]?.id;
    if (!id) return false;
    const source = {
      documentId: claim.documentId,
      entryNumber: claim.entryNumber,
      page: claim.page,
      sourceUrl: claim.sourceUrl,
    };
    await manager.insert(CaseClaimStatusChange, {
      claimId: id,
      fromStatus: null,
      status: ClaimStatus.Pending,
      decidedOn: null,
      ...source,
      note: claim.documentId ? 'pleaded' : 'reported by the tracker',
    });
    if (status !== ClaimStatus.Pending) {
      await manager.insert(CaseClaimStatusChange, {
        claimId: id,
        fromStatus: ClaimStatus.Pending,
        status,
        decidedOn: null,
        ...source,
        note: `reported by the tracker: "${claim.heading}"`,
      });
    }
    return true;
  }

  private async caseIdOf(manager: EntityManager, idOrSlug: string): Promise<string> {
    const repo = manager.getRepository(Case);
    const found = isUuid(idOrSlug)
      ? await repo.findOne({ where: { id: idOrSlug }, select: { id: true } })
      : await repo.findOne({ where: { slug: idOrSlug.toLowerCase() }, select: { id: true } });
    if (!found) throw new CasesError(CasesErrorCode.CaseNotFound, `No case "${idOrSlug}".`, { case: idOrSlug });
    return found.id;
  }
}

/** The status a tracker's wording states outright; anything else is pending. */
function trackedStatus(text: string): ClaimStatus {
  if (/\babandoned\b|\bwithdrawn\b/i.test(text)) return ClaimStatus.Withdrawn;
  if (/\b(?:rejected|dismissed)\b/i.test(text)) return ClaimStatus.Dismissed;
  return ClaimStatus.Pending;
}
